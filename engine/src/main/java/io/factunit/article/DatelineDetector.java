package io.factunit.article;

import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date written near the top of an article when no metadata gives one: "February 1,
 * 2024", "1 February 2024", "Tuesday, July 2nd, 2013", "First Posted 23:37:00 05/05/2010", "2013-03-22".
 * <p>
 * Only full dates (with a year) count, and only on one of the first {@value #LINES_TO_SEARCH} lines of
 * content (blank and boilerplate lines skipped) where the date stands at the start of the line, after at
 * most a lead-in ("Published:", "Updated 10:02 GMT", "CAIRO, "), or after a byline separator ("By Jane Doe |
 * ") on a short line. A date inside a sentence ("the war that began on October 7, 2023") is history, not a
 * dateline. Slashed dates are taken only when unambiguous (05/05/2010, 13/05/2010); 01/02/2010 could be
 * either month first or day first, so it is left unknown rather than guessed.
 */
final class DatelineDetector {
    static final int LINES_TO_SEARCH = 10;
    private static final int BYLINE_MAX_LENGTH = 120;
    private static final int LINE_PREFIX_SEARCHED = 200;
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern BYLINE_SEPARATOR = Pattern.compile(".*[|•·—–]\\s*");

    /** Month names and abbreviations, lower case, by number ({@code month.txt}, {@code month-abbreviation.txt}). */
    private final Map<String, Integer> months = new HashMap<>();
    /** A full date, with the language's month and weekday names written out or abbreviated. */
    private final Pattern fullDate;
    /** What may stand before a dateline on its line: "Published:", "Updated 10:02 GMT", "CAIRO, ". */
    private final Pattern leadIn;

    /** The detector of {@code language}'s month and weekday names, made once per language ({@link Language#view}). */
    static DatelineDetector of(Language language) {
        return language.view(DatelineDetector.class, DatelineDetector::new);
    }

    private DatelineDetector(Language language) {
        List<String> weekdays = new ArrayList<>(language.words(WordList.WEEKDAY).words());
        weekdays.addAll(language.words(WordList.WEEKDAY_ABBREVIATION).words());
        for (WordList list : List.of(WordList.MONTH, WordList.MONTH_ABBREVIATION)) {
            language.words(list).rows().forEach(row -> months.putIfAbsent(row.word(), row.number()));
        }
        String month = "(?:" + WordTable.alternation(months.keySet()) + ")";
        String weekday = "(?:" + WordTable.alternation(weekdays) + ")";
        fullDate = Pattern.compile("(?i)\\b(?:" + weekday + "\\.?,?\\s+)?(?:"
                + "(" + month + ")\\.?\\s+" + DAY + ",?\\s+(\\d{4})"
                + "|" + DAY + "\\s+(?:of\\s+)?(" + month + ")\\.?,?\\s+(\\d{4})"
                + "|(\\d{4})-(\\d{2})-(\\d{2})"
                + "|(\\d{1,2})/(\\d{1,2})/(\\d{4})"
                + ")(?!\\d)");
        String leadWords = language.words(WordList.DATELINE_LEAD_IN).alternation().replace(" ", "\\s+");
        leadIn = Pattern.compile("[\\W_]*"
                + "(?:(?i:" + leadWords + ")(?:\\s+on)?\\s*:?\\s*)?"
                + "(?:\\p{Lu}[\\p{Lu} .'-]{1,30},\\s*)?"
                + "(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?i:[ap]\\.?m\\.?))?(?:\\s+\\p{Lu}{2,5})?\\s*[,|]?\\s*)?");
    }

    /** The dateline's date in the first content lines of {@code text}, or null. */
    LocalDate find(String text, List<Span> excluded) {
        int seen = 0;
        int lineStart = 0;
        while (lineStart <= text.length() && seen < LINES_TO_SEARCH) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank() && !isExcluded(lineStart, lineEnd, excluded)) {
                seen++;
                LocalDate date = datelineIn(line);
                if (date != null) {
                    return date;
                }
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    /** The first full date anywhere in {@code text} (for metadata values), or null. */
    LocalDate firstDate(String text) {
        Matcher m = fullDate.matcher(text);
        while (m.find()) {
            LocalDate date = toDate(m);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private LocalDate datelineIn(String fullLine) {
        // A dateline stands near the start of its line; the rest of a long paragraph need not be scanned.
        String line = fullLine.length() > LINE_PREFIX_SEARCHED ? fullLine.substring(0, LINE_PREFIX_SEARCHED) : fullLine;
        if (!hasYearDigits(line)) {
            return null; // every date form ends in a four-digit year; most lines hold none, and the search is costly
        }
        boolean shortLine = fullLine.strip().length() <= BYLINE_MAX_LENGTH;
        Matcher m = fullDate.matcher(line);
        while (m.find()) {
            String before = line.substring(0, m.start());
            boolean ledIn = leadIn.matcher(before).matches();
            boolean byline = shortLine && BYLINE_SEPARATOR.matcher(before).matches();
            if (ledIn || byline) {
                LocalDate date = toDate(m);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /**
     * True when the text holds a run of exactly four ASCII digits, as every date form's year needs (the pattern
     * reads {@code \\d{4}} after a word boundary, a space or a slash, and before no digit): most lines hold none,
     * not even those with long figures, and the search is costly.
     */
    private static boolean hasYearDigits(String text) {
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                run++;
            } else {
                if (run == 4) {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }

    private LocalDate toDate(Matcher m) {
        try {
            if (m.group(1) != null) {
                return valid(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if (m.group(4) != null) {
                return valid(year(m.group(6)), month(m.group(5)), Integer.parseInt(m.group(4)));
            }
            if (m.group(7) != null) {
                return valid(year(m.group(7)), Integer.parseInt(m.group(8)), Integer.parseInt(m.group(9)));
            }
            int first = Integer.parseInt(m.group(10));
            int second = Integer.parseInt(m.group(11));
            int year = year(m.group(12));
            if (first == second || second > 12) {
                return valid(year, first, second);
            }
            return first > 12 ? valid(year, second, first) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate valid(int year, int month, int day) {
        return year < 0 ? null : LocalDate.of(year, month, day);
    }

    /** Years a news article could carry; others (a street number, "1/2/3456") are not datelines. */
    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return year >= 1900 && year <= 2199 ? year : -1;
    }

    private int month(String name) {
        return months.get(name.toLowerCase(Locale.ROOT));
    }

    private static boolean isExcluded(int start, int end, List<Span> excluded) {
        for (Span span : excluded) {
            if (span.start() <= start && span.end() >= end) {
                return true;
            }
        }
        return false;
    }
}
