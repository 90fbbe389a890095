package io.factunit.check;

import io.factunit.article.Story;
import io.factunit.claim.Claim;
import java.util.List;

/** Everything one story's check produced: its claims and one result per check and claim group. */
public record StoryReport(Story story, List<Claim> claims, List<CheckResult> results) {
    public StoryReport {
        claims = List.copyOf(claims);
        results = List.copyOf(results);
    }

    public long count(Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
