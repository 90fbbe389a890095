package io.factunit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.claim.Claim;
import io.factunit.rules.AcceptedDiscrepancy;
import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/** Accepted discrepancies, applied to results: a matching failure passes with the reviewer's note. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Baseline {
    public static final Baseline NONE = new Baseline(List.of());
    /** The reason and reviewer of an entry recorded by {@code --update-baseline}: no one has reviewed it yet. */
    public static final String UNREVIEWED = "TODO: review";

    private final List<AcceptedDiscrepancy> accepted;

    public Baseline(List<AcceptedDiscrepancy> accepted) {
        this.accepted = List.copyOf(accepted);
    }

    public List<AcceptedDiscrepancy> entries() {
        return accepted;
    }

    /** The result, passed with the reviewer's note if an entry accepts it; the entry that did goes to {@code used}. */
    CheckResult apply(CheckResult result, Consumer<AcceptedDiscrepancy> used) {
        if (result.status() != Status.FAILED) {
            return result;
        }
        List<String> values = values(result);
        for (AcceptedDiscrepancy entry : accepted) {
            // an entry without subject matches on check and values: the values alone pin a reviewed failure
            if (entry.check().equals(result.check().id())
                    && (entry.subject().isEmpty() || entry.subject().equals(result.key()))
                    && (entry.story() == null || result.claims().isEmpty()
                    || entry.story().equals(storyOf(result)))
                    && entry.values().stream().sorted().toList().equals(values)) {
                used.accept(entry);
                return result.withStatus(Status.PASSED, "accepted in baseline by " + entry.by() + ": " + entry.reason());
            }
        }
        return result;
    }

    /**
     * The entry that would accept {@code failure}: its check, story and values (what an entry matches on; the
     * group key is left out, so that a regrouping does not unpick it), with {@link #UNREVIEWED} as reason and
     * reviewer.
     */
    public static AcceptedDiscrepancy entry(CheckResult failure) {
        return new AcceptedDiscrepancy(failure.check().id(), failure.claims().isEmpty() ? null : storyOf(failure), "",
                values(failure), UNREVIEWED, UNREVIEWED, null);
    }

    /** The "article: value" list a baseline entry must repeat, sorted; printed in failure messages. */
    public static List<String> values(CheckResult result) {
        return result.claims().stream().map(Baseline::value).distinct().sorted().toList();
    }

    private static String value(Claim claim) {
        return claim.articleId() + ": " + ValueText.of(claim.mention());
    }

    private static String storyOf(CheckResult result) {
        return result.claims().get(0).article().path().getParent().getFileName().toString();
    }
}
