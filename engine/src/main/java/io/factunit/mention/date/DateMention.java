package io.factunit.mention.date;

import io.factunit.mention.Mention;
import io.factunit.mention.Timex;
import io.factunit.mention.TimexValues;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A calendar date, date range, time or recurring date in the text, resolved against the article's
 * publication date. The span follows the TimeML extent: the expression itself ("Wednesday", "last weekend",
 * "November 24 to December 1"), not a leading preposition ("on", "from", "between").
 *
 * <p>The stated fields (weekday, month, day, year) are what the text says, never corrected: "Thursday
 * 1 February" keeps THURSDAY even in a year where February 1 is a Friday, so a check can report it. For a
 * range they describe its start, and {@code rangeEnd} its end; a month or year written once for both ends
 * ("24-30 November") is stated for both.
 *
 * @param first    first day meant (null if it cannot be resolved, e.g. no publication date, or a set)
 * @param last     last day meant (same as first for one day; null if unresolved)
 * @param weekday  weekday the text states ("Thursday 1 February", "on Wednesday", "every Friday"), or null
 * @param month    month the text states, 1-12, or 0
 * @param day      day of month the text states, or 0
 * @param year     year the text states, or 0
 * @param rangeEnd for a range ("November 24 to December 1"), the fields its end states; null otherwise
 * @param relative true when the date is worked out from the publication date ("on Wednesday", "today",
 *                 "October 7" without a year), whether or not that date is known
 * @param future   true when the clause speaks of the future ("will", "expected to", "next"), which resolves a
 *                 bare weekday or partial date forwards instead of backwards
 * @param timex    TimeML normalisation; for a range, the value of its start (TimeML has no range value: it
 *                 annotates each end as a DATE of its own)
 * @param event    the event the date is the date of ({@link DateEvent}: predicate, object, holder, role), or null
 *                 when it is bound to none (a byline, "said on Friday", "by March", "now", "every Friday")
 * @param attributive true for a year that modifies a noun ("the 1996 election", "its 2008 season"): a TimeML
 *                 date, but the date of the noun's own event, so it binds no event, makes no claim and is no
 *                 time anchor of the sentence's figures
 */
public record DateMention(int start, int end, String text, int sentence, LocalDate first, LocalDate last,
                          DayOfWeek weekday, int month, int day, int year, DateParts rangeEnd, boolean relative,
                          boolean future, Timex timex, DateEvent event, boolean attributive)
        implements Mention {

    /** A date that is not a year modifying a noun. */
    public DateMention(int start, int end, String text, int sentence, LocalDate first, LocalDate last,
                       DayOfWeek weekday, int month, int day, int year, DateParts rangeEnd, boolean relative,
                       boolean future, Timex timex, DateEvent event) {
        this(start, end, text, sentence, first, last, weekday, month, day, year, rangeEnd, relative, future, timex,
                event, false);
    }

    /** A date bound to no event. */
    public DateMention(int start, int end, String text, int sentence, LocalDate first, LocalDate last,
                       DayOfWeek weekday, int month, int day, int year, DateParts rangeEnd, boolean relative,
                       boolean future, Timex timex) {
        this(start, end, text, sentence, first, last, weekday, month, day, year, rangeEnd, relative, future, timex,
                null);
    }

    @Override
    public String kind() {
        return "date";
    }

    /** "recently", "the future", "for years": a TIMEX3 value that names no time ({@link TimexValues#isVague}). */
    public boolean isVague() {
        return TimexValues.isVague(timex);
    }

    public boolean isResolved() {
        return first != null;
    }

    /** A range the text states ("November 24 to December 1"), or any resolved span of days ("last weekend"). */
    public boolean isRange() {
        return rangeEnd != null || (first != null && !first.equals(last));
    }
}
