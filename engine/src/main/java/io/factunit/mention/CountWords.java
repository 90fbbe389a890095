package io.factunit.mention;

import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Small counts as news writes them in temporal phrases: "10", "three", "forty-eight", "a" (one). Dates and
 * durations both count in them, so they read them from the language here rather than from each other.
 */
public final class CountWords {
    /** A count in words or up to four digits (no separators: "1,200 years" is not a temporal phrase). */
    public final String number;
    /** {@link #number} or the article "a"/"an" meaning one ("a month"). */
    public final String count;

    private final Map<String, Integer> words = new HashMap<>();

    public CountWords(Language language) {
        WordTable numbers = language.words(WordList.NUMBER);
        String ones = WordTable.alternation(numbers.words(row -> between(row, 1, 9)));
        String teens = WordTable.alternation(numbers.words(row -> between(row, 10, 19)));
        String tens = WordTable.alternation(numbers.words(row -> between(row, 20, 90)));
        number = "(?i:(?:" + tens + ")(?:[-\\s](?:" + ones + "))?|" + teens + "|" + ones + "|[0-9]{1,4})(?![0-9])";
        count = "(?i:an|a)(?![A-Za-z])|" + number;
        words.put("a", 1);
        words.put("an", 1);
        for (WordTable.Row row : numbers.rows()) {
            if (between(row, 1, 90)) {
                words.put(row.word(), row.number());
            }
        }
    }

    private static boolean between(WordTable.Row row, int low, int high) {
        int value = row.number();
        return value >= low && value <= high;
    }

    /** The value of a string matched by {@link #count}; -1 if it is none. */
    public int parse(String count) {
        String lower = count.toLowerCase(Locale.ROOT).trim();
        if (!lower.isEmpty() && Character.isDigit(lower.charAt(0))) {
            return Integer.parseInt(lower);
        }
        Integer whole = words.get(lower);
        if (whole != null) {
            return whole;
        }
        int split = Math.max(lower.indexOf('-'), lower.indexOf(' '));
        if (split > 0) {
            Integer tens = words.get(lower.substring(0, split));
            Integer ones = words.get(lower.substring(split + 1).trim());
            if (tens != null && ones != null && tens >= 20 && ones < 10) {
                return tens + ones;
            }
        }
        return -1;
    }
}
