package io.factunit.mention;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Writes TIMEX3 values (TimeML 1.2): ISO 8601 dates, weeks, seasons, durations, with X for the unknown. */
public final class TimexValues {
    public static final String UNKNOWN_DAY = "XXXX-XX-XX";
    public static final String UNKNOWN_WEEK = "XXXX-WXX";
    public static final String UNKNOWN_MONTH = "XXXX-XX";
    public static final String UNKNOWN_YEAR = "XXXX";
    /** The time of writing ("now"); TimeML leaves it unresolved even when the publication date is known. */
    public static final String PRESENT_REF = "PRESENT_REF";
    /** Some time before or after now, unsaid ("recently", "the future"). */
    public static final String PAST_REF = "PAST_REF";
    public static final String FUTURE_REF = "FUTURE_REF";

    private TimexValues() {
    }

    /**
     * The number in ASCII digits, zero-padded to {@code width} as {@code %0Nd} writes it. Hand-written because
     * {@code String.format} parses its pattern on every call, a visible cost with a date in most sentences;
     * {@code Integer.toString} never uses a locale's digits.
     */
    public static String digits(int value, int width) {
        if (value < 0) {
            return String.format(Locale.ROOT, "%0" + width + "d", value);
        }
        String text = Integer.toString(value);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
    }

    public static String date(LocalDate date) {
        return digits(date.getYear(), 4) + "-" + digits(date.getMonthValue(), 2) + "-" + digits(date.getDayOfMonth(), 2);
    }

    /** The ISO week of a day, "2024-W05"; the year is the week-based year. */
    public static String week(LocalDate day) {
        return digits(day.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + digits(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    public static String month(int year, int month) {
        return (year == 0 ? UNKNOWN_YEAR : digits(year, 4)) + "-" + digits(month, 2);
    }

    public static String year(int year) {
        return digits(year, 4);
    }

    /** "XXXX-10-07" for a day of a month in an unknown year. */
    public static String monthDay(int month, int day) {
        return UNKNOWN_YEAR + "-" + digits(month, 2) + "-" + digits(day, 2);
    }

    /** "XXXX-WXX-3": a Wednesday of an unknown week. */
    public static String weekday(DayOfWeek weekday) {
        return UNKNOWN_WEEK + "-" + weekday.getValue();
    }

    /** "2024-W06" or "XXXX-WXX" for a week counted from the publication date. */
    public static String unitValue(ChronoUnit unit, LocalDate day) {
        if (day == null) {
            return switch (unit) {
                case DAYS -> UNKNOWN_DAY;
                case WEEKS -> UNKNOWN_WEEK;
                case MONTHS -> UNKNOWN_MONTH;
                default -> UNKNOWN_YEAR;
            };
        }
        return switch (unit) {
            case DAYS -> date(day);
            case WEEKS -> week(day);
            case MONTHS -> month(day.getYear(), day.getMonthValue());
            default -> year(day.getYear());
        };
    }

    /** "P2Y", "P1W", "PT48H", "P2DE": hours and minutes take the T, as ISO 8601 requires. */
    public static String duration(int amount, ChronoUnit unit) {
        return switch (unit) {
            case MINUTES -> "PT" + amount + "M";
            case HOURS -> "PT" + amount + "H";
            case DAYS -> "P" + amount + "D";
            case WEEKS -> "P" + amount + "W";
            case MONTHS -> "P" + amount + "M";
            case YEARS -> "P" + amount + "Y";
            case DECADES -> "P" + amount + "DE";
            case CENTURIES -> "P" + amount + "CE";
            default -> throw new IllegalArgumentException("no TIMEX unit for " + unit);
        };
    }

    /** "PXY", "PTXH": a length of so many units with the number unsaid ("several years", "for hours"). */
    public static String vagueDuration(ChronoUnit unit) {
        return duration(0, unit).replace("0", "X");
    }

    /** A past or future with no date, or a length with no number: nothing two articles could disagree on. */
    public static boolean isVague(Timex timex) {
        return timex.value().equals(PAST_REF) || timex.value().equals(FUTURE_REF)
                || timex.type().equals("DURATION") && timex.value().indexOf('X') >= 0;
    }
}
