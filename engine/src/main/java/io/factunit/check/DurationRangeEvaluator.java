package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.date.DateMention;
import io.factunit.mention.duration.DurationMention;
import io.factunit.rules.CheckDefinition;
import java.util.List;

/**
 * duration-matches-range: a stated length ("one-week truce") matches a stated date range ("from November
 * 24 to December 1"), across articles. The range's length is the number of days from its first to its
 * last day; news counts both ways ("Nov 24 to Dec 1" is 7 nights, 8 calendar days), so one day of slack
 * is always allowed, plus the check's tolerance.
 */
final class DurationRangeEvaluator implements GroupEvaluator {

    @Override
    public String key(CheckDefinition check, Claim claim) {
        return "";
    }

    @Override
    public CheckResult evaluate(CheckDefinition check, String key, List<Claim> group) {
        List<Claim> claims = Evidence.sorted(group);
        List<Claim> durations = Roles.of(check, "duration", claims);
        List<Claim> ranges = Roles.of(check, "range", claims).stream()
                .filter(c -> RangeLength.days((DateMention) c.mention()) >= 0).toList();
        if (durations.isEmpty() || ranges.isEmpty()) {
            return Results.skipped(check, "", key, durations.isEmpty() ? "no article states the length"
                    : "no article states a date range whose length can be known", claims);
        }
        int slack = Math.max(1, check.tolerance().days());
        long[] stated = durations.stream().mapToLong(c -> ((DurationMention) c.mention()).days()).toArray();
        long[] lengths = ranges.stream().mapToLong(c -> RangeLength.days((DateMention) c.mention())).toArray();
        int[] pair = FirstPair.apart(stated, lengths, slack);
        if (pair != null) {
            Claim duration = durations.get(pair[0]);
            Claim range = ranges.get(pair[1]);
            long days = stated[pair[0]];
            long length = lengths[pair[1]];
            String summary = duration.text() + " (" + days + " days, " + duration.articleId() + ") vs "
                    + range.text() + " (" + length + " days, " + range.articleId() + ")";
            return Results.failed(check, check.severity(), "", key, summary, check.title()
                    + ": a stated length does not fit the stated dates.\n  Length:"
                    + Evidence.lines(List.of(duration), c -> days + " days")
                    + "\n  Dates:" + Evidence.lines(List.of(range), c -> length + " days"),
                    claims, range, days + " days", length + " days");
        }
        String summary = Roles.values(durations) + " fits " + String.join(" / ", ranges.stream()
                .map(c -> c.text() + " (" + RangeLength.days((DateMention) c.mention()) + " days)").distinct().toList());
        return Results.passed(check, "", key, summary, check.title() + ": " + summary + "."
                + Evidence.lines(claims, c -> c.text()), claims);
    }
}
