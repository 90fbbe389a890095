package io.factunit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.article.Story;
import io.factunit.claim.Claim;
import java.util.List;
import org.apiguardian.api.API;

/** Everything one story's check produced: its claims and one result per check and claim group. */
@API(status = EXPERIMENTAL, since = "0.1")
public record StoryReport(Story story, List<Claim> claims, List<CheckResult> results) {
    public StoryReport {
        claims = List.copyOf(claims);
        results = List.copyOf(results);
    }

    public long count(Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
