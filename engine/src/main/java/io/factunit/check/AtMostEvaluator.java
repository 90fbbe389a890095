package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.rules.CheckDefinition;
import java.util.List;

/**
 * at-most: a part is no larger than its whole ("1.9 million displaced" of "2.3 million residents"), within
 * and across articles, among claims with the same qualifiers (children killed on October 7 are no part of
 * a toll for the whole war). A part fails only if even its smallest reading exceeds the whole's largest.
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
        for (Claim part : parts) {
            for (Claim whole : wholes) {
                double slack = check.tolerance().slack(Interval.of(whole.mention()).high());
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
        }
        String summary = Roles.values(parts) + " within " + Roles.values(wholes);
        return Results.passed(check, "", key, summary, check.title() + ": " + summary + "."
                + Evidence.lines(claims, c -> ValueText.of(c.mention())), claims);
    }
}
