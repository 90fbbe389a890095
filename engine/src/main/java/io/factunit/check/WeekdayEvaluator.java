package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.date.DateMention;
import io.factunit.rules.CheckDefinition;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * weekday-matches-date: "Thursday 1 February" names the weekday 1 February really falls on. Each dated
 * weekday is its own test; a date whose year cannot be known (no publication date, no year written) is
 * skipped with that reason.
 */
final class WeekdayEvaluator implements GroupEvaluator {

    @Override
    public boolean applies(Claim claim) {
        DateMention date = (DateMention) claim.mention();
        return date.weekday() != null && date.month() > 0 && date.day() > 0;
    }

    @Override
    public String key(CheckDefinition check, Claim claim) {
        return claim.id();
    }

    @Override
    public CheckResult evaluate(CheckDefinition check, String key, List<Claim> claims) {
        Claim claim = claims.get(0);
        DateMention date = (DateMention) claim.mention();
        String subject = claim.articleId() + " \"" + date.text() + "\"";
        if (!date.isResolved()) {
            return Results.skipped(check, subject, key, "the year of \"" + date.text() + "\" in " + claim.articleId()
                    + " cannot be known: no year written and no publication date", claims);
        }
        DayOfWeek actual = date.first().getDayOfWeek();
        if (actual == date.weekday()) {
            String summary = "\"" + date.text() + "\" in " + claim.articleId() + " is a " + name(actual) + " ("
                    + date.first() + ")";
            return Results.passed(check, subject, key, summary, check.title() + ": " + summary + "."
                    + Evidence.lines(claims, c -> date.first().toString()), claims);
        }
        String summary = "\"" + date.text() + "\" in " + claim.articleId() + ": " + date.first() + " is a "
                + name(actual) + ", not a " + name(date.weekday());
        return Results.failed(check, check.severity(), subject, key, summary, check.title() + ": " + summary + "."
                + Evidence.lines(claims, c -> date.first().toString()), claims, claim, name(actual), name(date.weekday()));
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
