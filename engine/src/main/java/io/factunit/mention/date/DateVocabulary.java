package io.factunit.mention.date;

import static io.factunit.language.WordList.DAY_WORD;
import static io.factunit.language.WordList.DEICTIC;
import static io.factunit.language.WordList.FREQUENCY_ADVERB;
import static io.factunit.language.WordList.MONTH;
import static io.factunit.language.WordList.MONTH_ABBREVIATION;
import static io.factunit.language.WordList.PART_OF_DAY;
import static io.factunit.language.WordList.PERIOD_DRIFT;
import static io.factunit.language.WordList.PERIOD_EDGE;
import static io.factunit.language.WordList.PERIOD_PART;
import static io.factunit.language.WordList.PRESENT_WORD;
import static io.factunit.language.WordList.STRUCTURAL_TIME_WORD;
import static io.factunit.language.WordList.RECURRENCE_WORD;
import static io.factunit.language.WordList.SEASON;
import static io.factunit.language.WordList.SPAN_DIRECTION;
import static io.factunit.language.WordList.TIME_UNIT;
import static io.factunit.language.WordList.VAGUE_REFERENCE;
import static io.factunit.language.WordList.WEEKDAY;

import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import io.factunit.mention.TimeUnits;
import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of dates, read from a {@link Language}: regular-expression pieces for {@link DatePatterns}, their
 * values, and the anchor words that let the finder skip a sentence without running any pattern. Month and weekday names must be
 * capitalised: "march", "may", "sun" and "wed" are ordinary words.
 */
final class DateVocabulary {
    static final int DIGIT = 1;
    static final int MONTH_WORD = 2;
    static final int WEEKDAY_WORD = 4;
    static final int TIME_WORD = 8;

    static final String DAY = "(?<![0-9][.,])(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])(?![.,][0-9])";
    static final String YEAR = "(?:1[0-9]{3}|20[0-9]{2})(?![0-9])(?![.,][0-9])";

    /** Month names written out, capitalised ("March", not the verb "march"). */
    final String monthFull;
    /** A month name or its abbreviation ("Nov.", "Sept."); only with a day, where abbreviations are safe. */
    final String month;
    final String weekday;
    /** Weekday names, capitalised, as an alternation without a boundary ("on Fridays" adds its "s"). */
    final String weekdayNames;
    final String partOfDay;
    /** "early", "mid", "late" before a month, year or decade. */
    final String edgeWord;

    private final Language language;
    private final Map<String, Integer> anchors;

    DateVocabulary(Language language) {
        this.language = language;
        String full = capitalised(words(MONTH));
        monthFull = "(?:" + full + ")(?![A-Za-z])";
        month = "(?:(?:" + full + ")|(?:" + capitalised(words(MONTH_ABBREVIATION)) + ")\\.?)(?![A-Za-z])";
        weekdayNames = capitalised(words(WEEKDAY));
        weekday = "(?:" + weekdayNames + ")(?![A-Za-z])";
        partOfDay = "(?:" + alternation(PART_OF_DAY) + ")(?![A-Za-z])";
        edgeWord = "(?i:" + alternation(PERIOD_EDGE) + ")";
        anchors = anchors(language);
    }

    /**
     * The word of {@code structural-time-word.txt} with a role ("AGO": "ago"), as a regex piece: the words the
     * date patterns are built around.
     */
    String structural(String role) {
        List<String> words = language.words(STRUCTURAL_TIME_WORD).words(row -> row.column(0).equals(role));
        if (words.isEmpty()) {
            throw new IllegalStateException("structural-time-word.txt has no word for " + role);
        }
        return "(?:" + WordTable.alternation(words) + ")";
    }

    /** The words of a list as a case-insensitive regex alternation, longest first. */
    String alternation(WordList list) {
        return language.words(list).alternation();
    }

    private Set<String> words(WordList list) {
        return language.words(list).words();
    }

    /** The plural forms of the units from {@code first} to {@code last}, as an alternation ("days|weeks|..."). */
    String plurals(ChronoUnit first, ChronoUnit last) {
        List<String> words = new java.util.ArrayList<>();
        for (WordTable.Row row : language.words(TIME_UNIT).rows()) {
            ChronoUnit unit = TimeUnits.chronoUnit(row.column(1));
            if (unit != null && unit.compareTo(first) >= 0 && unit.compareTo(last) <= 0) {
                words.add(row.column(0));
            }
        }
        return WordTable.alternation(words);
    }

    /** Capitalised words as a case-sensitive alternation ("January|February|..."). */
    private static String capitalised(java.util.Collection<String> words) {
        List<String> names = new java.util.ArrayList<>();
        for (String word : words) {
            names.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return WordTable.alternation(names);
    }

    /** The units of time of a list from {@code first} to {@code last}, singular and plural, as an alternation. */
    String units(ChronoUnit first, ChronoUnit last, boolean plurals) {
        List<String> words = new java.util.ArrayList<>();
        for (WordTable.Row row : language.words(TIME_UNIT).rows()) {
            ChronoUnit unit = TimeUnits.chronoUnit(row.column(1));
            if (unit != null && unit.compareTo(first) >= 0 && unit.compareTo(last) <= 0) {
                words.add(row.word());
                if (plurals) {
                    words.add(row.column(0));
                }
            }
        }
        return WordTable.alternation(words);
    }

    private static Map<String, Integer> anchors(Language language) {
        Map<String, Integer> words = new HashMap<>();
        for (WordList list : List.of(MONTH, MONTH_ABBREVIATION)) {
            for (String month : language.words(list).words()) {
                words.put(month, MONTH_WORD);
            }
        }
        for (String day : language.words(WEEKDAY).words()) {
            words.put(day, WEEKDAY_WORD);
            words.put(day + "s", WEEKDAY_WORD);
        }
        for (WordList list : TIME_WORD_LISTS) {
            for (String word : language.words(list).words()) {
                words.put(word, TIME_WORD);
            }
        }
        for (WordTable.Row unit : language.words(TIME_UNIT).rows()) {
            words.put(unit.word(), TIME_WORD);
            words.put(unit.column(0), TIME_WORD);
        }
        for (String word : language.words(STRUCTURAL_TIME_WORD).words()) {
            words.put(word, TIME_WORD);
        }
        for (String phrase : language.words(VAGUE_REFERENCE).words()) { // "recently", "the past": the last word
            words.put(phrase.substring(phrase.lastIndexOf(' ') + 1), TIME_WORD);
        }
        return Map.copyOf(words);
    }

    /** Lists whose words anchor a date form. */
    private static final List<WordList> TIME_WORD_LISTS = List.of(DAY_WORD, PRESENT_WORD, SEASON, PART_OF_DAY,
            RECURRENCE_WORD, FREQUENCY_ADVERB, PERIOD_PART, PERIOD_EDGE);

    /** Every anchor word, lower case (the analyser must tag sentences holding one). */
    Set<String> anchorWords() {
        return anchors.keySet();
    }

    /** As {@link WordKinds#of}'s date bits, worked out afresh: {@link WordKinds} keeps the answer per word. */
    int classify(String word) {
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
            return found | anchors.getOrDefault(lower, 0);
        }
        // "mid-December", "mid-", "week-long": the words either side of the hyphens
        return found | anchors.getOrDefault(lower.substring(0, hyphen), 0)
                | anchors.getOrDefault(lower.substring(lower.lastIndexOf('-') + 1), 0);
    }

    /** 1-12 for a month name or abbreviation, with or without its full stop. */
    int month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        String number = language.words(MONTH).value(key);
        if (number == null) {
            number = language.words(MONTH_ABBREVIATION).value(key);
        }
        if (number == null) {
            throw new IllegalArgumentException("not a month: " + name);
        }
        return Integer.parseInt(number);
    }

    /** The weekday of a name, singular or plural ("Friday", "Fridays"). */
    DayOfWeek weekday(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        String number = language.words(WEEKDAY).value(key);
        if (number == null && key.endsWith("s")) {
            number = language.words(WEEKDAY).value(key.substring(0, key.length() - 1));
        }
        if (number == null) {
            throw new IllegalArgumentException("not a weekday: " + name);
        }
        return DayOfWeek.of(Integer.parseInt(number));
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
    String partOfDay(String word) {
        return language.words(PART_OF_DAY).value(word.toLowerCase(Locale.ROOT));
    }

    /** last/this/next, past/previous/coming as -1/0/+1. */
    int shift(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        String shift = language.words(DEICTIC).value(key);
        if (shift == null) {
            shift = language.words(SPAN_DIRECTION).value(key);
        }
        return shift == null ? 0 : Integer.parseInt(shift);
    }

    /** early/mid/late, earlier/later, beginning/middle/end as a part of a period. */
    DateExpression.Part part(String word) {
        if (word == null) {
            return DateExpression.Part.WHOLE;
        }
        String key = word.toLowerCase(Locale.ROOT);
        for (WordList list : List.of(PERIOD_EDGE, PERIOD_PART, PERIOD_DRIFT)) {
            String part = language.words(list).value(key);
            if (part != null) {
                return DateExpression.Part.valueOf(part);
            }
        }
        throw new IllegalArgumentException("not a part of a period: " + word);
    }

    /** The unit of "days", "week", "hours", "decade", "centuries", ... */
    ChronoUnit unit(String word) {
        return TimeUnits.unit(language, word);
    }
}
