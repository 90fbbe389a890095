package io.factunit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.claim.Claim;
import io.factunit.rules.AcceptedDiscrepancy;
import java.util.List;
import org.apiguardian.api.API;

/** Accepted discrepancies, applied to results: a matching failure passes with the reviewer's note. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Baseline {
    public static final Baseline NONE = new Baseline(List.of());

    private final List<AcceptedDiscrepancy> accepted;

    public Baseline(List<AcceptedDiscrepancy> accepted) {
        this.accepted = List.copyOf(accepted);
    }

    CheckResult apply(CheckResult result) {
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
                return result.withStatus(Status.PASSED, "accepted in baseline by " + entry.by() + ": " + entry.reason());
            }
        }
        return result;
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
