package io.factunit.mention;

import io.factunit.analysis.Token;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of dates: regular-expression pieces for {@link DatePatterns}, their values, and the anchor words
 * that let the finder skip a sentence without running any pattern. Month and weekday names must be
 * capitalised: "march", "may", "sun" and "wed" are ordinary words.
 */
final class DateVocabulary {
    static final int DIGIT = 1;
    static final int MONTH_WORD = 2;
    static final int WEEKDAY_WORD = 4;
    static final int TIME_WORD = 8;

    static final String MONTH_FULL = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)(?![A-Za-z])";
    /** A month name or its abbreviation ("Nov.", "Sept."); only with a day, where abbreviations are safe. */
    static final String MONTH = "(?:(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])";
    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])";
    static final String DAY = "(?<![0-9][.,])(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])(?![.,][0-9])";
    static final String YEAR = "(?:1[0-9]{3}|20[0-9]{2})(?![0-9])(?![.,][0-9])";
    static final String PART_OF_DAY = "(?:morning|afternoon|evening|night)(?![A-Za-z])";
    /** "early", "mid", "late" before a month, year or decade. */
    static final String EDGE_WORD = "(?i:early|mid|late)";

    private static final String[] MONTH_KEYS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec"};
    private static final Map<String, Integer> ANCHORS = anchors();

    private DateVocabulary() {
    }

    private static Map<String, Integer> anchors() {
        Map<String, Integer> words = new HashMap<>();
        for (String month : List.of("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                "sep", "sept", "oct", "nov", "dec")) {
            words.put(month, MONTH_WORD);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            words.put(name, WEEKDAY_WORD);
            words.put(name + "s", WEEKDAY_WORD);
        }
        for (String word : List.of("today", "yesterday", "tomorrow", "tonight", "week", "weekend", "month", "year",
                "day", "hour", "decade", "weeks", "months", "years", "days", "hours", "decades", "quarter", "century",
                "spring", "summer", "autumn", "fall", "winter", "night", "morning", "afternoon", "evening", "every",
                "each", "annually", "yearly", "daily", "weekly", "monthly", "ago", "end", "beginning", "start",
                "middle", "early", "mid", "late", "now", "currently", "present")) {
            words.put(word, TIME_WORD);
        }
        return Map.copyOf(words);
    }

    /** Every anchor word, lower case (the analyser must tag sentences holding one). */
    static Set<String> anchorWords() {
        return ANCHORS.keySet();
    }

    /** Which kind of anchor word a token is, as a bit of DIGIT, MONTH_WORD, WEEKDAY_WORD, TIME_WORD; 0 if none. */
    static int anchor(Token token) {
        return WordKinds.of(token) & WordKinds.DATE_ANCHORS;
    }

    /** As {@link #anchor}, worked out afresh: {@link WordKinds} keeps the answer per word. */
    static int classify(String word) {
        int found = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                found = DIGIT;
                break;
            }
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        int hyphen = lower.indexOf('-');
        if (hyphen < 0) {
            return found | ANCHORS.getOrDefault(lower, 0);
        }
        // "mid-December", "mid-", "week-long": the words either side of the hyphens
        return found | ANCHORS.getOrDefault(lower.substring(0, hyphen), 0)
                | ANCHORS.getOrDefault(lower.substring(lower.lastIndexOf('-') + 1), 0);
    }

    /** 1-12 for a month name or abbreviation. */
    static int month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTH_KEYS.length; i++) {
            if (MONTH_KEYS[i].equals(key)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** The weekday of a name, singular or plural ("Friday", "Fridays"). */
    static DayOfWeek weekday(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return DayOfWeek.valueOf(upper.endsWith("S") ? upper.substring(0, upper.length() - 1) : upper);
    }

    /** A day of month with or without ordinal suffix ("24", "1st"). */
    static int day(String text) {
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return Integer.parseInt(text.substring(0, end));
    }

    /** "MO", "AF", "EV", "NI" for a part of the day. */
    static String partOfDay(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    /** last/this/next as -1/0/+1. */
    static int shift(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "last", "past", "previous" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
    }

    /** early/mid/late, earlier/later, beginning/middle/end as a part of a period. */
    static DateExpression.Part part(String word) {
        if (word == null) {
            return DateExpression.Part.WHOLE;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "early", "beginning", "start" -> DateExpression.Part.EARLY;
            case "mid", "middle" -> DateExpression.Part.MID;
            case "late", "end" -> DateExpression.Part.LATE;
            case "earlier" -> DateExpression.Part.EARLIER;
            case "later" -> DateExpression.Part.LATER;
            default -> throw new IllegalArgumentException("not a part of a period: " + word);
        };
    }

    /** The unit of "days", "week", "hours", "decade", "centuries", ... */
    static ChronoUnit unit(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.startsWith("minute")) {
            return ChronoUnit.MINUTES;
        }
        if (lower.startsWith("hour")) {
            return ChronoUnit.HOURS;
        }
        if (lower.startsWith("day")) {
            return ChronoUnit.DAYS;
        }
        if (lower.startsWith("week")) {
            return ChronoUnit.WEEKS;
        }
        if (lower.startsWith("month")) {
            return ChronoUnit.MONTHS;
        }
        if (lower.startsWith("year")) {
            return ChronoUnit.YEARS;
        }
        if (lower.startsWith("decade")) {
            return ChronoUnit.DECADES;
        }
        if (lower.startsWith("centur")) {
            return ChronoUnit.CENTURIES;
        }
        throw new IllegalArgumentException("not a unit of time: " + word);
    }
}
