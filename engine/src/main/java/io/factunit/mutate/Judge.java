package io.factunit.mutate;

import io.factunit.check.CheckResult;
import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import io.factunit.claim.Claim;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a plant was caught: the mutated story has a failure (of any severity) that cites the planted text,
 * a claim of the changed article whose span overlaps the change. Plants are made only in text that no
 * failure of the untouched story cites ({@link #citedBefore}), so such a failure is always one the untouched
 * story did not have: a check that fails anyway cannot be said to catch anything there.
 */
final class Judge {
    private final List<Claim> cited = new ArrayList<>();

    Judge(StoryReport untouched) {
        for (CheckResult result : untouched.results()) {
            if (result.status() == Status.FAILED) {
                cited.addAll(result.claims());
            }
        }
    }

    /** Whether a failure of the untouched story cites text of {@code [start, end)} in the article. */
    boolean citedBefore(String articleId, int start, int end) {
        for (Claim claim : cited) {
            if (overlaps(claim, articleId, start, end)) {
                return true;
            }
        }
        return false;
    }

    /** The id of the first check, in the report's order, whose failure cites the plant; null if none. */
    String catcher(Plant plant, StoryReport mutated) {
        int start = plant.start();
        int end = start + plant.after().length();
        for (CheckResult result : mutated.results()) {
            if (result.status() == Status.FAILED && result.claims().stream().anyMatch(c -> overlaps(c, plant.articleId(),
                    start, end))) {
                return result.check().id();
            }
        }
        return null;
    }

    private static boolean overlaps(Claim claim, String articleId, int start, int end) {
        return claim.articleId().equals(articleId) && claim.mention().start() < Math.max(end, start + 1)
                && claim.mention().end() > start;
    }
}
