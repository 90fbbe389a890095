package io.factunit.mention;

import java.util.Locale;
import java.util.Map;

/** Small counts as news writes them in temporal phrases: "10", "three", "forty-eight", "a" (one). */
final class CountWords {
    private static final String ONES = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
            + "|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    /** A count in words or up to four digits (no separators: "1,200 years" is not a temporal phrase). */
    static final String NUMBER = "(?i:(?:" + TENS + ")(?:[-\\s](?:" + ONES + "))?|" + TEENS + "|" + ONES
            + "|[0-9]{1,4})(?![0-9])";
    /** {@link #NUMBER} or the article "a"/"an" meaning one ("a month"). */
    static final String COUNT = "(?i:an|a)(?![A-Za-z])|" + NUMBER;

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));

    private CountWords() {
    }

    /** The value of a string matched by {@link #COUNT}; -1 if it is none. */
    static int parse(String count) {
        String lower = count.toLowerCase(Locale.ROOT).trim();
        if (!lower.isEmpty() && Character.isDigit(lower.charAt(0))) {
            return Integer.parseInt(lower);
        }
        Integer whole = WORDS.get(lower);
        if (whole != null) {
            return whole;
        }
        int split = Math.max(lower.indexOf('-'), lower.indexOf(' '));
        if (split > 0) {
            Integer tens = WORDS.get(lower.substring(0, split));
            Integer ones = WORDS.get(lower.substring(split + 1).trim());
            if (tens != null && ones != null && tens >= 20 && ones < 10) {
                return tens + ones;
            }
        }
        return -1;
    }
}
