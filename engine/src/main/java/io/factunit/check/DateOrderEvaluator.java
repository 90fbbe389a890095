package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.date.DateMention;
import io.factunit.rules.CheckDefinition;
import java.util.List;

/** date-order: within one article, the "before" date is not after the "after" date. */
final class DateOrderEvaluator implements GroupEvaluator {

    @Override
    public String key(CheckDefinition check, Claim claim) {
        return claim.articleId();
    }

    @Override
    public CheckResult evaluate(CheckDefinition check, String key, List<Claim> group) {
        List<Claim> claims = Evidence.sorted(group);
        List<Claim> before = resolved(Roles.of(check, "before", claims));
        List<Claim> after = resolved(Roles.of(check, "after", claims));
        if (before.isEmpty() || after.isEmpty()) {
            return Results.skipped(check, key, key, "no pair of resolved dates in " + key
                    + " (a date without a known year cannot be ordered)", claims);
        }
        long[] starts = before.stream().mapToLong(c -> ((DateMention) c.mention()).first().toEpochDay()).toArray();
        long[] ends = after.stream().mapToLong(c -> ((DateMention) c.mention()).last().toEpochDay()).toArray();
        int[] pair = FirstPair.after(starts, ends);
        if (pair != null) {
            Claim b = before.get(pair[0]);
            Claim a = after.get(pair[1]);
            DateMention first = (DateMention) b.mention();
            DateMention second = (DateMention) a.mention();
            String summary = first.text() + " (" + first.first() + ") comes after " + second.text() + " ("
                    + second.first() + ") in " + key;
            return Results.failed(check, check.severity(), key, key, summary, check.title() + ": " + summary
                    + Evidence.lines(List.of(b, a), c -> ValueText.of(c.mention())), claims, b,
                    "on or before " + second.last(), first.first().toString());
        }
        String summary = "dates in order in " + key;
        return Results.passed(check, key, key, summary, check.title() + ": " + summary + "."
                + Evidence.lines(claims, c -> ValueText.of(c.mention())), claims);
    }

    private static List<Claim> resolved(List<Claim> claims) {
        return claims.stream().filter(c -> ((DateMention) c.mention()).isResolved()).toList();
    }
}
