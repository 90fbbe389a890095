package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.rules.CheckDefinition;
import java.util.List;

/**
 * sum: within one article, the parts do not add up to more than the total ("30 dead, 20 of them
 * children and 15 women" against "a total of 30"). Parts may be listed incompletely, so a shortfall passes.
 */
final class SumEvaluator implements GroupEvaluator {

    @Override
    public String key(CheckDefinition check, Claim claim) {
        return claim.articleId();
    }

    @Override
    public CheckResult evaluate(CheckDefinition check, String key, List<Claim> group) {
        List<Claim> claims = Evidence.sorted(group);
        List<Claim> parts = Roles.of(check, "parts", claims);
        List<Claim> totals = Roles.of(check, "total", claims);
        if (parts.size() < 2 || totals.isEmpty()) {
            return Results.skipped(check, key, key, totals.isEmpty() ? key + " states no total"
                    : key + " states fewer than two parts", claims);
        }
        double sum = parts.stream().mapToDouble(c -> Interval.of(c.mention()).low()).sum();
        Claim total = totals.get(0);
        double high = Interval.of(total.mention()).high();
        if (sum > high + check.tolerance().slack(high)) {
            String summary = "parts add up to " + ValueText.number(sum) + ", more than the total "
                    + ValueText.of(total.mention()) + " in " + key;
            return Results.failed(check, check.severity(), key, key, summary, check.title() + ": " + summary + "."
                    + Evidence.lines(claims, c -> ValueText.of(c.mention())), claims, total,
                    "at least " + ValueText.number(sum), ValueText.of(total.mention()));
        }
        String summary = "parts " + ValueText.number(sum) + " within total " + ValueText.of(total.mention()) + " in " + key;
        return Results.passed(check, key, key, summary, check.title() + ": " + summary + "."
                + Evidence.lines(claims, c -> ValueText.of(c.mention())), claims);
    }
}
