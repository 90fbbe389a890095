package io.factunit.mention;

import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The language's units of time (time-unit.txt) as {@link ChronoUnit}s and lengths. Dates ("two days ago") and
 * durations ("two days") both count in them, so both read them here, from the language, not from each other.
 */
public final class TimeUnits {
    private TimeUnits() {
    }

    /** The ChronoUnit a time-unit.txt row names, or null for a unit of no measured length. */
    public static ChronoUnit chronoUnit(String name) {
        try {
            return ChronoUnit.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null; // "-" (night, weekend), FORTNIGHTS
        }
    }

    /** The unit of "days", "week", "hours", "decade", "centuries", ... */
    public static ChronoUnit unit(Language language, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (WordTable.Row row : language.words(WordList.TIME_UNIT).rows()) {
            ChronoUnit unit = chronoUnit(row.column(1));
            if (unit != null && (row.word().equals(lower) || row.column(0).equals(lower))) {
                return unit;
            }
        }
        throw new IllegalArgumentException("not a unit of time: " + word);
    }

    /**
     * A length as a {@link Period}. Period holds no hours or minutes, so they are rounded up to whole days
     * (48 hours = 2 days, 30 minutes = 1 day); the exact length stays in the TIMEX value ("PT48H").
     */
    public static Period period(int amount, ChronoUnit unit) {
        return switch (unit) {
            case MINUTES -> Period.ofDays((amount + 1439) / 1440);
            case HOURS -> Period.ofDays((amount + 23) / 24);
            case DAYS -> Period.ofDays(amount);
            case WEEKS -> Period.ofWeeks(amount);
            case MONTHS -> Period.ofMonths(amount);
            case YEARS -> Period.ofYears(amount);
            case DECADES -> Period.ofYears(amount * 10);
            case CENTURIES -> Period.ofYears(amount * 100);
            default -> throw new IllegalArgumentException("no period for " + unit);
        };
    }
}
