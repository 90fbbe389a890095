package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.rules.CheckDefinition;
import java.util.Comparator;
import java.util.List;

/**
 * at-most: a part is no larger than its whole ("1.9 million displaced" of "2.3 million residents"), within
 * and across articles, among claims with the same qualifiers (children killed on October 7 are no part of
 * a toll for the whole war). A part fails only if even its smallest reading exceeds the largest whole.
 */
final class AtMostEvaluator implements GroupEvaluator {

    @Override
    public String key(CheckDefinition check, Claim claim) {
        return claim.qualifier();
    }

    @Override
    public CheckResult evaluate(CheckDefinition check, String key, List<Claim> group) {
        List<Claim> claims = Evidence.sorted(group);
        List<Claim> parts = Roles.of(check, "part", claims);
        List<Claim> wholes = Roles.of(check, "whole", claims);
        if (parts.isEmpty() || wholes.isEmpty()) {
            return Results.skipped(check, Roles.values(claims), key, "no article states "
                    + (parts.isEmpty() ? "the part" : "the whole") + (key.isEmpty() ? "" : " with " + key), claims);
        }
        // The whole is the largest one stated: a story may give a village's population beside a province's.
        Claim whole = wholes.stream().max(Comparator.comparingDouble(c -> Interval.of(c.mention()).high()))
                .orElseThrow();
        double slack = check.tolerance().slack(Interval.of(whole.mention()).high());
        for (Claim part : parts) {
            if (Interval.of(part.mention()).low() > Interval.of(whole.mention()).high() + slack) {
                String summary = ValueText.of(part.mention()) + " (" + part.articleId() + ") exceeds "
                        + ValueText.of(whole.mention()) + " (" + whole.articleId() + ")";
                return Results.failed(check, check.severity(), "", key, summary, check.title()
                        + ": a part is larger than its whole.\n  Part:" + Evidence.lines(List.of(part),
                        c -> ValueText.of(c.mention())) + "\n  Whole:" + Evidence.lines(List.of(whole),
                        c -> ValueText.of(c.mention())), claims, part, "at most " + ValueText.of(whole.mention()),
                        ValueText.of(part.mention()));
            }
        }
        String summary = Roles.values(parts) + " within " + ValueText.of(whole.mention());
        return Results.passed(check, "", key, summary, check.title() + ": " + summary + "."
                + Evidence.lines(claims, c -> ValueText.of(c.mention())), claims);
    }
}
