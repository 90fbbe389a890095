package io.factunit.mention.quote;

import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a quotation into the words another outlet's quotation of it is compared with. What a faithful
 * quotation may change is made equal here: case, punctuation and quote-mark style; British and American
 * spelling (the language's {@code spelling-variant.txt} rules and {@code spelling-pair.txt}); number words
 * and digits ("three" = "3", "twenty-five" = "25", "10,000" = "10000", "6:00" = "6"), ordinals ("eleventh" =
 * "11th", {@code ordinal.txt}), 12- and 24-hour clocks ("6:41 pm PST" = "18:41"); contractions ({@code
 * contraction.txt}: "we'll" = "we will"). An ellipsis and a bracketed or parenthesised insertion become one
 * gap word, which stands for any words.
 */
public final class QuoteWords {
    /** An ellipsis, a [bracketed] or (parenthesised) insertion, a number with separators, or a word. */
    private static final Pattern PIECE = Pattern.compile(
            "\\.\\s?\\.\\s?\\.|…|\\[[^\\]]*\\]|\\([^)]*\\)|\\d{1,2}:\\d\\d(?!\\d)|\\d+(?:[.,]\\d+)*(?![\\p{L}\\d])"
            + "|[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*['’]?|%");

    /** A clock time as one written word: "6:41", "6", "6:41pm", "6pm". */
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d\\d))?([ap]m)?", Pattern.CASE_INSENSITIVE);
    /** An ordinal in digits: "11th", "1st", "22nd", "3rd". */
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d+)(?:st|nd|rd|th)");
    /** "pm", or the "p" of "p.m.". */
    private static final Pattern HALF = Pattern.compile("[ap]m?");
    /** A time zone: "PST", "GMT", "CEST". */
    private static final Pattern ZONE = Pattern.compile("[A-Z]{2,3}T|UTC");

    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, String> pairs = new HashMap<>();
    private final Map<String, Long> numbers = new HashMap<>();
    private final Map<String, Long> ordinals = new HashMap<>();
    private final Map<String, List<String>> wholeContractions = new HashMap<>();
    private final Map<String, List<String>> endContractions = new HashMap<>();

    /** A spelling rule: a British fragment, its American form, at the word's end or anywhere after the stem. */
    private record Rule(String british, String american, boolean end, int stem) {
        String apply(String word) {
            if (end) {
                return word.endsWith(british) && word.length() - british.length() >= stem
                        ? word.substring(0, word.length() - british.length()) + american : word;
            }
            int at = word.indexOf(british, stem);
            return at < 0 ? word : word.substring(0, at) + american + word.substring(at + british.length());
        }
    }

    public QuoteWords(Language language) {
        for (WordTable.Row row : language.words(WordList.SPELLING_VARIANT).rows()) {
            rules.add(new Rule(row.word(), row.column(0), row.column(1).equals("end"), Integer.parseInt(row.column(2))));
        }
        pairs.putAll(language.words(WordList.SPELLING_PAIR).table());
        for (WordTable.Row row : language.words(WordList.NUMBER).rows()) {
            numbers.put(row.word(), Long.parseLong(row.column(0)));
        }
        for (WordTable.Row row : language.words(WordList.ORDINAL).rows()) {
            ordinals.put(row.word(), Long.parseLong(row.column(0)));
        }
        for (WordTable.Row row : language.words(WordList.CONTRACTION).rows()) {
            List<String> words = List.of(row.column(0).split(" "));
            String written = row.word().replace('’', '\'');
            (written.startsWith("'") || written.startsWith("n'") ? endContractions : wholeContractions).put(written, words);
        }
    }

    /** The words of a quotation, in order. */
    public List<QuoteWord> of(String quote) {
        List<QuoteWord> words = new ArrayList<>();
        Matcher m = PIECE.matcher(quote);
        int index = 0;
        for (; m.find(); index++) {
            String piece = m.group();
            char first = piece.charAt(0);
            if (first == '.' || first == '…' || first == '[' || first == '(') {
                if (words.isEmpty() || !words.get(words.size() - 1).gap()) {
                    words.add(QuoteWord.gap(piece, index));
                }
            } else if (first == '%') {
                words.add(QuoteWord.word(piece, index, "percent"));
            } else if (Character.isDigit(first) && piece.indexOf(':') > 0) {
                words.add(QuoteWord.word(piece, index, piece.endsWith(":00") ? piece.substring(0, piece.indexOf(':')) : piece));
            } else if (Character.isDigit(first) && piece.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.')) {
                words.add(QuoteWord.word(piece, index, digits(piece)));
            } else {
                addWord(piece, index, words);
            }
        }
        return List.copyOf(twentyFourHour(words));
    }

    /**
     * "6:41 pm PST" and "6:41pm" are "18:41": a clock time followed by "am" or "pm" (one word or "p.m.") takes
     * the 24-hour form, and a time zone right after it ("PST", "GMT") is dropped, as outlets convert times
     * and leave the zone out.
     */
    private static List<QuoteWord> twentyFourHour(List<QuoteWord> words) {
        List<QuoteWord> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            QuoteWord word = words.get(i);
            Matcher clock = CLOCK.matcher(word.written());
            if (word.gap() || !clock.matches()) {
                out.add(word);
                continue;
            }
            String half = clock.group(3);
            int next = i + 1;
            if (half == null && next < words.size() && HALF.matcher(words.get(next).form()).matches()) {
                half = words.get(next).form();
                next++;
                if (half.length() == 1 && next < words.size() && words.get(next).form().equals("m")) {
                    next++; // "p.m." is "p" and "m"
                }
            }
            if (half == null || (half.length() == 1 && next == i + 2 && clock.group(3) == null)) {
                out.add(word);
                continue;
            }
            int hour = Integer.parseInt(clock.group(1)) % 12 + (half.startsWith("p") ? 12 : 0);
            String minutes = clock.group(2);
            String form = minutes == null || minutes.equals("00") ? Integer.toString(hour) : hour + ":" + minutes;
            out.add(QuoteWord.word(word.written(), word.piece(), form));
            if (next < words.size() && ZONE.matcher(words.get(next).written()).matches()) {
                next++;
            }
            i = next - 1;
        }
        return out;
    }

    private void addWord(String piece, int index, List<QuoteWord> out) {
        String lower = piece.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.endsWith("'")) {
            lower = lower.substring(0, lower.length() - 1); // "Jesus'", or a closing single quote
        }
        List<String> whole = wholeContractions.get(lower);
        if (whole != null) {
            addReadings(piece, index, whole, out);
            return;
        }
        Long compound = compoundNumber(lower);
        if (compound != null) {
            out.add(QuoteWord.word(piece, index, Long.toString(compound)));
            return;
        }
        String compoundOrdinal = compoundOrdinal(lower);
        if (compoundOrdinal != null) {
            out.add(QuoteWord.word(piece, index, compoundOrdinal));
            return;
        }
        int apostrophe = lower.indexOf('\'');
        if (apostrophe > 0) {
            String stem = lower.substring(0, apostrophe);
            String end = lower.substring(apostrophe);
            if (end.equals("'t") && stem.endsWith("n")) { // "didn't": "did" + "n't"
                end = "n't";
                stem = stem.substring(0, stem.length() - 1);
            }
            List<String> expansion = endContractions.get(end);
            if (expansion != null) {
                out.add(QuoteWord.word(piece, index, form(stem)));
                addReadings(piece, index, expansion, out);
                return;
            }
        }
        for (String part : lower.split("-")) {
            out.add(QuoteWord.word(piece, index, form(part)));
        }
    }

    /** "we will": one word each; "would|had": one word with two readings. */
    private static void addReadings(String written, int index, List<String> words, List<QuoteWord> out) {
        for (String word : words) {
            String[] readings = word.split("\\|");
            out.add(new QuoteWord(written, index, readings[0], readings.length > 1
                    ? new HashSet<>(Arrays.asList(readings).subList(1, readings.length)) : Set.of(), false));
        }
    }

    /** One spelling convention, number words as digits. */
    String form(String word) {
        Long number = numbers.get(word);
        if (number != null) {
            return Long.toString(number);
        }
        String ordinal = ordinal(word);
        if (ordinal != null) {
            return ordinal;
        }
        String american = pairs.get(word);
        if (american != null) {
            return american;
        }
        String form = word;
        for (Rule rule : rules) {
            String next = rule.apply(form);
            if (!next.equals(form)) {
                return next;
            }
        }
        return form;
    }

    /** "eleventh" and "11th" are "11th", "1st" is "1th": one form per ordinal; null for anything else. */
    private String ordinal(String word) {
        Long value = ordinals.get(word);
        if (value != null) {
            return value + "th";
        }
        Matcher digits = ORDINAL_DIGITS.matcher(word);
        return digits.matches() ? digits.group(1) + "th" : null;
    }

    /** "twenty-five" = 25; null for anything else. */
    private Long compoundNumber(String word) {
        return compound(word, numbers);
    }

    /** "twenty-first" = "21th", as "21st" is; null for anything else. */
    private String compoundOrdinal(String word) {
        Long value = compound(word, ordinals);
        return value == null ? null : value + "th";
    }

    /** Tens and a unit joined by a hyphen, the unit read in {@code units} ("five", or "first"); null otherwise. */
    private Long compound(String word, Map<String, Long> units) {
        int hyphen = word.indexOf('-');
        if (hyphen < 0) {
            return null;
        }
        Long tens = numbers.get(word.substring(0, hyphen));
        Long ones = units.get(word.substring(hyphen + 1));
        return tens != null && ones != null && tens % 10 == 0 && tens >= 20 && tens <= 90 && ones >= 1 && ones <= 9
                ? tens + ones : null;
    }

    /** "10,000" = "10000"; a decimal point stays. */
    private static String digits(String number) {
        return number.replace(",", "");
    }
}
