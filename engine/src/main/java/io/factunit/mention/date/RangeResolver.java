package io.factunit.mention.date;

import io.factunit.mention.Timex;
import io.factunit.mention.TimexValues;
import io.factunit.mention.date.DateResolver.Resolution;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Resolves a date range; a range of years ("from 1967 to 1979") runs from the first day of one to the last of the
 * other. The end is the first occurrence of its month and day on or after the start, so
 * "December 28 to January 3" crosses New Year. A year stated on one end serves both. Without any year, the
 * start is placed like a partial date ({@link DateResolver#nearest}). The TIMEX value is the start's, since
 * TimeML gives a range no single value: it annotates each end as a DATE.
 */
final class RangeResolver {

    private RangeResolver() {
    }

    static Optional<Resolution> range(DateExpression.Range range, LocalDate published, Tense tense) {
        DateParts from = range.from();
        DateParts to = range.to();
        if (from.month() == 0 && to.month() == 0) { // "from 1967 to 1979"
            return from.year() > 0 && to.year() >= from.year()
                    ? Optional.of(new Resolution(LocalDate.of(from.year(), 1, 1), LocalDate.of(to.year(), 12, 31),
                            new Timex("DATE", TimexValues.year(from.year())), false))
                    : Optional.empty();
        }
        if (!DateResolver.existsInSomeYear(from.month(), from.day())
                || !DateResolver.existsInSomeYear(to.month(), to.day())) {
            return Optional.empty();
        }
        boolean inOrder = from.month() < to.month() || (from.month() == to.month() && from.day() <= to.day());
        int fromYear = from.year();
        int toYear = to.year();
        boolean relative = fromYear == 0 && toYear == 0;
        if (relative) {
            if (published == null) {
                return Optional.of(DateResolver.unresolved("DATE",
                        TimexValues.monthDay(from.month(), from.day()), null, true));
            }
            fromYear = DateResolver.nearest(from.month(), from.day(), published, tense).getYear();
        } else if (fromYear == 0) {
            fromYear = inOrder ? toYear : toYear - 1;
        }
        if (toYear == 0) {
            toYear = inOrder ? fromYear : fromYear + 1;
        }
        if (!DateResolver.isValid(fromYear, from.month(), from.day())
                || !DateResolver.isValid(toYear, to.month(), to.day())) {
            return Optional.empty();
        }
        LocalDate first = LocalDate.of(fromYear, from.month(), from.day());
        LocalDate last = LocalDate.of(toYear, to.month(), to.day());
        if (!last.isAfter(first)) {
            return Optional.empty();
        }
        return Optional.of(new Resolution(first, last, new Timex("DATE", TimexValues.date(first)), relative));
    }
}
