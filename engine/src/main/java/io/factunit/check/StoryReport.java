package io.factunit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.article.Story;
import io.factunit.claim.Claim;
import io.factunit.rules.AcceptedDiscrepancy;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Everything one story's check produced: its claims and one result per check and claim group.
 *
 * @param accepted the baseline entries that turned a failure of this story into a pass
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StoryReport(Story story, List<Claim> claims, List<CheckResult> results,
                          List<AcceptedDiscrepancy> accepted) {
    public StoryReport {
        claims = List.copyOf(claims);
        results = List.copyOf(results);
        accepted = List.copyOf(accepted);
    }

    /** A report that no baseline entry touched. */
    public StoryReport(Story story, List<Claim> claims, List<CheckResult> results) {
        this(story, claims, results, List.of());
    }

    /**
     * The story's alignment: every fact a check compared across two or more articles, as it judged it, in the
     * order of the results (rule-set order, then group key) and, within one result, of each fact's first claim.
     */
    public List<AlignedFact> alignment() {
        return results.stream().flatMap(r -> r.facts().stream()).toList();
    }

    public long count(Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
