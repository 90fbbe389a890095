package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.date.DateMention;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The days each event date of a group spans, as {@link EventDatesEvaluator} compares them: each article is held
 * to what it states, and a date is no more exact than the words and the publication date it is read with.
 * <ul>
 *   <li>"early", "mid" and "late" widen a date by its own length on each side: their edges are a manner of
 *       speaking ("early March" agrees with March 12).</li>
 *   <li>A date that states no year ("June 20", "in March") took its year from the publication date, which may be
 *       off by a year (a story republished, a year-end); it is moved by whole years, at most two, when that
 *       makes it meet the dates of the group it would otherwise miss. "June 20" still conflicts with "June 21,
 *       2005". Without a publication date it is still compared by its month and day, in the year the group's
 *       other dates are in.</li>
 *   <li>A relative date coarser than a day that names no month ("12 weeks ago", "last year") is widened by the
 *       spread of the group's publication dates: the same wire copy published a day later names another week.</li>
 *   <li>The check's {@code tolerance.days} widens every date.</li>
 * </ul>
 */
final class EventDateSpans {
    /** The days a date spans, and the slack either end is allowed. */
    record Span(double low, double high, double slack) {
        /** The span widened by its slack: what another date must meet to agree with it. */
        Interval widened() {
            return new Interval(low - slack, high + slack, false);
        }

        /** The first day with its slack, for comparing where ranges start. */
        Interval start() {
            return new Interval(low - slack, low + slack, false);
        }

        /** The last day with its slack, for comparing where ranges end. */
        Interval end() {
            return new Interval(high - slack, high + slack, false);
        }
    }

    private EventDateSpans() {
    }

    /**
     * The claims' spans in epoch days, in the order given; a claim whose date depends on a publication date that
     * is unknown, and states no month, is left out.
     */
    static Map<Claim, Span> of(List<Claim> claims, int toleranceDays) {
        Map<Claim, LocalDate[]> days = new LinkedHashMap<>();
        int year = 0;
        for (Claim claim : claims) {
            DateMention date = (DateMention) claim.mention();
            if (date.isResolved()) {
                days.put(claim, new LocalDate[] {date.first(), date.last()});
                year = year == 0 ? date.first().getYear() : year;
            }
        }
        for (Claim claim : claims) {
            DateMention date = (DateMention) claim.mention();
            LocalDate[] provisional = date.isResolved() || !statesNoYear(date) ? null
                    : monthAndDay(date, year == 0 ? LEAP_YEAR : year);
            if (provisional != null) {
                days.put(claim, provisional);
            }
        }
        for (Claim claim : days.keySet()) {
            if (statesNoYear((DateMention) claim.mention())) {
                days.put(claim, nearestYear(claim, days));
            }
        }
        long spread = publicationSpread(days.keySet());
        Map<Claim, Span> spans = new LinkedHashMap<>();
        for (Map.Entry<Claim, LocalDate[]> entry : days.entrySet()) {
            DateMention date = (DateMention) entry.getKey().mention();
            double low = entry.getValue()[0].toEpochDay();
            double high = entry.getValue()[1].toEpochDay();
            double slack = toleranceDays;
            if (date.timex().mod() != null) {
                slack += high - low + 1;
            }
            if (date.relative() && high > low && date.month() == 0) {
                slack += spread;
            }
            spans.put(entry.getKey(), new Span(low, high, slack));
        }
        return spans;
    }

    /** A year any month and day exist in, for dates compared by month and day alone. */
    private static final int LEAP_YEAR = 2000;

    /** An unresolved "June 20", "in March", "November 24 to 30" placed in a year; null if it is no date there. */
    private static LocalDate[] monthAndDay(DateMention date, int year) {
        for (int y : new int[] {year, LEAP_YEAR}) {
            try {
                LocalDate first = date.day() > 0 ? LocalDate.of(y, date.month(), date.day())
                        : LocalDate.of(y, date.month(), 1);
                LocalDate last = date.day() > 0 ? first : first.withDayOfMonth(first.lengthOfMonth());
                if (date.rangeEnd() != null && date.rangeEnd().month() > 0 && date.rangeEnd().day() > 0) {
                    last = LocalDate.of(y, date.rangeEnd().month(), date.rangeEnd().day());
                    last = last.isBefore(first) ? last.plusYears(1) : last;
                }
                return new LocalDate[] {first, last};
            } catch (java.time.DateTimeException e) {
                // February 29 outside a leap year: try the leap year
            }
        }
        return null;
    }

    /** A month, or a month and day, written without a year ("June 20", "in March", "November 24 to 30"). */
    static boolean statesNoYear(DateMention date) {
        return date.relative() && date.month() > 0 && date.year() == 0
                && (date.rangeEnd() == null || date.rangeEnd().year() == 0);
    }

    /** The claim's days moved by the whole years (-2 to 2, the least that will do) that make it meet most others. */
    private static LocalDate[] nearestYear(Claim claim, Map<Claim, LocalDate[]> days) {
        LocalDate[] own = days.get(claim);
        LocalDate[] best = own;
        int bestMet = met(claim, own, days);
        for (int shift : new int[] {-1, 1, -2, 2}) {
            LocalDate[] moved = {own[0].plusYears(shift), own[1].plusYears(shift)};
            int met = met(claim, moved, days);
            if (met > bestMet) {
                best = moved;
                bestMet = met;
            }
        }
        return best;
    }

    /** How many claims of other articles a span meets. */
    private static int met(Claim claim, LocalDate[] span, Map<Claim, LocalDate[]> days) {
        int met = 0;
        for (Map.Entry<Claim, LocalDate[]> other : days.entrySet()) {
            if (!other.getKey().articleId().equals(claim.articleId())
                    && !span[1].isBefore(other.getValue()[0]) && !other.getValue()[1].isBefore(span[0])) {
                met++;
            }
        }
        return met;
    }

    /** Days between the earliest and the latest known publication date of the claims' articles. */
    private static long publicationSpread(Iterable<Claim> claims) {
        LocalDate earliest = null;
        LocalDate latest = null;
        for (Claim claim : claims) {
            LocalDate published = claim.article().published();
            if (published != null) {
                earliest = earliest == null || published.isBefore(earliest) ? published : earliest;
                latest = latest == null || published.isAfter(latest) ? published : latest;
            }
        }
        return earliest == null ? 0 : ChronoUnit.DAYS.between(earliest, latest);
    }
}
