package io.factunit.mention;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A calendar date or date range in the text, resolved against the article's publication date.
 *
 * @param first    first day meant (null if it cannot be resolved, e.g. no publication date)
 * @param last     last day meant (same as first for one day; null if unresolved)
 * @param weekday  weekday the text states ("Thursday 1 February"), or null
 * @param month    month the text states, 1-12, or 0
 * @param day      day of month the text states, or 0
 * @param year     year the text states, or 0
 * @param relative true when the date was worked out from the publication date ("on Wednesday", "today")
 * @param timex    TimeML normalisation
 */
public record DateMention(int start, int end, String text, int sentence, LocalDate first, LocalDate last,
                          DayOfWeek weekday, int month, int day, int year, boolean relative, Timex timex)
        implements Mention {

    @Override
    public String kind() {
        return "date";
    }

    public boolean isResolved() {
        return first != null;
    }

    public boolean isRange() {
        return first != null && !first.equals(last);
    }
}
