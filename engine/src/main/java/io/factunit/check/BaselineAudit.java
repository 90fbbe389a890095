package io.factunit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.rules.AcceptedDiscrepancy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a run did with a baseline, story by story: the entries that accepted a failure, the stale ones that
 * accepted none, and the baseline that would accept every failure of the run (for {@code --update-baseline}).
 * An entry naming a story the run did not check is neither used nor stale: that story was not looked at.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineAudit {
    private final Baseline baseline;
    private final Set<AcceptedDiscrepancy> used = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> stories = new HashSet<>();
    private final List<AcceptedDiscrepancy> recorded = new ArrayList<>();

    public BaselineAudit(Baseline baseline) {
        this.baseline = baseline;
    }

    /** The next story's report, as the run hands them out. */
    public void story(StoryReport report) {
        stories.add(report.story().id());
        used.addAll(report.accepted());
        for (CheckResult result : report.results()) {
            if (result.status() == Status.FAILED) {
                recorded.add(Baseline.entry(result));
            }
        }
    }

    /** The entries of the stories checked that accepted no failure, in file order. */
    public List<AcceptedDiscrepancy> stale() {
        return baseline.entries().stream()
                .filter(entry -> !used.contains(entry) && (entry.story() == null || stories.contains(entry.story())))
                .toList();
    }

    /** The one line every report and the command line give a stale entry, after its file:line:col. */
    public static String describe(AcceptedDiscrepancy entry) {
        return "stale baseline entry: " + entry.check() + (entry.story() == null ? "" : " in " + entry.story())
                + " with " + String.join(", ", entry.values()) + " matches no failure; remove it (or run"
                + " --update-baseline)";
    }

    /**
     * The baseline that accepts the run's failures: every entry that is not stale, with its reason, then one
     * unreviewed entry per failure still failing, in the order of the report.
     */
    public List<AcceptedDiscrepancy> updated() {
        List<AcceptedDiscrepancy> stale = stale();
        List<AcceptedDiscrepancy> kept = new ArrayList<>(baseline.entries().stream()
                .filter(entry -> stale.stream().noneMatch(s -> s == entry)).toList());
        kept.addAll(recorded);
        return kept;
    }
}
