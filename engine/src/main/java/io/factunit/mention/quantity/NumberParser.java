package io.factunit.mention.quantity;

import io.factunit.analysis.Token;
import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import io.factunit.mention.CaseInsensitiveWords;
import io.factunit.mention.quantity.Quantity.Precision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Parses one number expression, as a news article writes it, into a {@link Quantity}: digits with thousands
 * separators and decimals ("20,000", "1.9"), scale words and suffixes ("1.9 million", "3bn", "$4.5m",
 * "a billion"), number words ("one hundred five", "twenty-five", "a dozen"), ranges ("30-40", "30 to 40",
 * "between 30 and 40") and vague plurals ("dozens", "thousands", "tens of thousands").
 *
 * <p>Hand-written, as DESIGN.md records: no permissively licensed library on Maven Central normalises
 * number words and ranges in running text. A hand-written scanner also keeps the cost predictable: no regular
 * expressions, one pass over at most {@value #MAX_LENGTH} characters.
 *
 * <p>Returns empty, never throws, for anything that is not a count: ordinals ("second", "21st"), negative
 * numbers, clock times (any ':'), badly grouped digits ("1,00"), and bare four-digit numbers from 1900 to 2099,
 * which are years; news style groups thousands in counts ("1,950"), so a bare "2024" is nearly always a year.
 * Callers that know from context that such a number is a count pass {@code yearsAreNumbers}.
 *
 * <p>Vague plurals become intervals: "dozens" [24, 99] (it gives way to "hundreds" at 100); any other plural
 * scale S ("hundreds", "thousands", "millions") and "a few"/"several" S [2S, 10S - 1]; "tens of S"
 * [20S, 100S - 1]; "hundreds of S" [200S, 1000S - 1]. Their nominal value is the low end.
 */
public final class NumberParser {
    static final int MAX_LENGTH = 120;
    private static final int MAX_DIGITS = 15;

    private final Map<String, Integer> units;
    private final Map<String, Integer> teens;
    private final Map<String, Integer> tens;
    /** Every scale word ("dozen", "hundred", "million") by its factor. */
    private final Map<String, Double> scales;
    /** Scales of a thousand and more, which may also follow digits straight away ("1.9million"). */
    private final Map<String, Double> bigScales;
    private final Map<String, Double> pluralScales;
    private final Map<String, Double> suffixes;
    private final Set<String> numberWords;

    public NumberParser(Language language) {
        WordTable numbers = language.words(WordList.NUMBER);
        units = ci(values(numbers, 1, 9));
        teens = ci(values(numbers, 10, 19));
        tens = ci(values(numbers, 20, 90));
        scales = ci(factors(language.words(WordList.NUMBER_SCALE)));
        Map<String, Double> big = new HashMap<>(scales);
        big.values().removeIf(factor -> factor < 1e3);
        bigScales = ci(big);
        pluralScales = ci(factors(language.words(WordList.NUMBER_SCALE_PLURAL)));
        suffixes = ci(factors(language.words(WordList.NUMBER_SUFFIX)));
        List<String> words = new ArrayList<>(numbers.words());
        words.addAll(scales.keySet());
        words.addAll(pluralScales.keySet());
        words.add("tens"); // "tens of thousands": a word of the grammar below, no scale of its own
        numberWords = CaseInsensitiveWords.of(words);
    }

    private static Map<String, Integer> values(WordTable numbers, int low, int high) {
        Map<String, Integer> values = new HashMap<>();
        for (WordTable.Row row : numbers.rows()) {
            if (row.number() >= low && row.number() <= high) {
                values.put(row.word(), row.number());
            }
        }
        return values;
    }

    private static Map<String, Double> factors(WordTable table) {
        Map<String, Double> factors = new HashMap<>();
        for (WordTable.Row row : table.rows()) {
            factors.put(row.word(), Double.parseDouble(row.column(0)));
        }
        return factors;
    }


    /** The quantity a number expression states, or empty if it is not one (years are not numbers). */
    public Optional<Quantity> parse(String text) {
        return parse(text, false);
    }

    /** As {@link #parse(String)}; with {@code yearsAreNumbers}, a bare "2000" is the count 2000. */
    public Optional<Quantity> parse(String text, boolean yearsAreNumbers) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        List<Lexeme> lexemes = lex(text);
        if (lexemes == null || lexemes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(expression(lexemes, yearsAreNumbers));
    }

    /** Every number word, for the analyser's list of words that make a sentence worth tagging. */
    Set<String> numberWords() {
        return java.util.Collections.unmodifiableSet(numberWords);
    }

    /** A word that can be part of a number expression ("twenty", "million", "thousands", "tens"). */
    boolean isNumberWord(String word) {
        return numberWords.contains(word);
    }

    /** As {@link #isNumberWord(String)}, with the token's kept lower case (no copy of its text per question). */
    boolean isNumberWord(Token token) {
        return numberWords.contains(token.word().lowerCase());
    }

    /** A word that multiplies what comes before it ("hundred", "million", "dozen"). */
    boolean isScaleWord(String word) {
        return scales.containsKey(word);
    }

    /** A suffix written straight after digits ("m" of "4.5m", "bn" of "3bn"). */
    boolean isSuffix(String word) {
        return suffixes.containsKey(word);
    }

    /** A bare four-digit 1900-2099 with no separator: a year unless the context says otherwise. */
    public static boolean isYearLike(String text) {
        if (text.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        int value = Integer.parseInt(text);
        return value >= 1900 && value <= 2099;
    }

    // ---- lexing ----

    private enum Kind { NUMBER, WORD, DASH }

    /** One piece of an expression; for NUMBER, value = base * scale, scale from a suffix ("4.5m"). */
    private record Lexeme(Kind kind, String word, double base, double scale, boolean yearLike) {
        double value() {
            return base * scale;
        }

        boolean is(String w) {
            return kind == Kind.WORD && word.equalsIgnoreCase(w);
        }
    }

    private static final Lexeme DASH = new Lexeme(Kind.DASH, "-", 0, 1, false);

    /**
     * The lexemes of a text, or null if it holds a character no count contains (':', '%', '/', ...). A currency
     * sign (any of Unicode's: "$", "€", "₹") may lead, alone, after letters ("US$", "HK$") or before capitals
     * ("$US1 million").
     */
    private List<Lexeme> lex(String text) {
        List<Lexeme> out = new ArrayList<>(4);
        int n = text.length();
        int i = 0;
        boolean currency = false;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' || c == '\u2013' || c == '\u2014') {
                out.add(DASH);
                i++;
            } else if (Character.getType(c) == Character.CURRENCY_SYMBOL) {
                if (!out.isEmpty() || currency) {
                    return null; // a currency sign only leads: "$4.5m"
                }
                currency = true;
                i++;
                int code = i;
                while (code < n && code - i < 3 && text.charAt(code) >= 'A' && text.charAt(code) <= 'Z') {
                    code++;
                }
                if (code > i && code < n && isDigit(text.charAt(code))) {
                    i = code; // "$US1 million", "$A5m": the country after the sign
                }
            } else if (isDigit(c)) {
                i = number(text, i, out);
                if (i < 0) {
                    return null;
                }
            } else if (isLetter(c)) {
                int end = i;
                while (end < n && isLetter(text.charAt(end))) {
                    end++;
                }
                if (end < n && Character.getType(text.charAt(end)) == Character.CURRENCY_SYMBOL && out.isEmpty()
                        && !currency) {
                    currency = true;
                    i = end + 1; // "US$", "HK$"
                    continue;
                }
                out.add(new Lexeme(Kind.WORD, text.substring(i, end), 0, 1, false));
                i = end;
            } else {
                return null;
            }
        }
        return out;
    }

    /** Scans digits at {@code i}; adds one NUMBER lexeme and returns the index after it, or -1 if malformed. */
    private int number(String text, int i, List<Lexeme> out) {
        int n = text.length();
        StringBuilder digits = new StringBuilder(16);
        int start = i;
        while (i < n && isDigit(text.charAt(i))) {
            digits.append(text.charAt(i++));
        }
        int firstGroup = i - start;
        boolean grouped = false;
        while (i < n && text.charAt(i) == ',') {
            boolean threeDigits = i + 3 < n
                    && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3));
            if (!threeDigits || (i + 4 < n && isDigit(text.charAt(i + 4))) || firstGroup > 3) {
                return -1;
            }
            digits.append(text, i + 1, i + 4);
            grouped = true;
            i += 4;
        }
        boolean decimal = false;
        if (i < n && text.charAt(i) == '.') {
            if (i + 1 >= n || !isDigit(text.charAt(i + 1))) {
                return -1;
            }
            decimal = true;
            digits.append('.');
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                digits.append(text.charAt(i++));
            }
        }
        if (digits.length() - (decimal ? 1 : 0) > MAX_DIGITS) {
            return -1;
        }
        double scale = 1;
        if (i < n && isLetter(text.charAt(i))) {
            int end = i;
            while (end < n && isLetter(text.charAt(end))) {
                end++;
            }
            String suffix = text.substring(i, end);
            Double suffixScale = suffixes.get(suffix);
            if (suffixScale == null) {
                suffixScale = bigScales.get(suffix); // "1.9million"
            }
            if (suffixScale == null) {
                return -1; // "21st", "9pm", "1990s"
            }
            scale = suffixScale;
            i = end;
        }
        if (i < n && isDigit(text.charAt(i))) {
            return -1; // "1.2.3"
        }
        double base = Double.parseDouble(digits.toString());
        boolean yearLike = !grouped && !decimal && scale == 1 && firstGroup == 4 && base >= 1900 && base <= 2099;
        out.add(new Lexeme(Kind.NUMBER, null, base, scale, yearLike));
        return i;
    }

    // ---- grammar ----

    private Quantity expression(List<Lexeme> lx, boolean years) {
        Quantity vague = vague(lx);
        if (vague != null) {
            return vague;
        }
        int m = lx.size();
        if (lx.get(0).is("between")) {
            for (int and = 2; and < m - 1; and++) {
                if (lx.get(and).is("and")) {
                    Quantity range = range(simple(lx, 1, and, years), simple(lx, and + 1, m, years));
                    if (range != null) {
                        return range;
                    }
                }
            }
            return null;
        }
        Simple whole = simple(lx, 0, m, years);
        if (whole != null) {
            return Quantity.exact(whole.value());
        }
        for (int split = 1; split < m - 1; split++) {
            Lexeme l = lx.get(split);
            if (l.kind == Kind.DASH || l.is("to")) {
                Quantity range = range(simple(lx, 0, split, years), simple(lx, split + 1, m, years));
                if (range != null) {
                    return range; // else the dash may join "twenty-five" in "twenty-five to thirty"
                }
            }
        }
        return null;
    }

    /** A plain number, value = base * scale; scale kept so "1.5-2 million" can share it. */
    private record Simple(double base, double scale) {
        double value() {
            return base * scale;
        }
    }

    private static Quantity range(Simple left, Simple right) {
        if (left == null || right == null) {
            return null;
        }
        double low = left.value();
        if (left.scale == 1 && right.scale > 1 && left.base < right.base) {
            low = left.base * right.scale; // "1.5-2 million", "30 to 40 thousand"
        }
        double high = right.value();
        return low < high ? new Quantity(low, high, low, Precision.RANGE) : null;
    }

    private Simple simple(List<Lexeme> lx, int from, int to, boolean years) {
        if (from >= to) {
            return null;
        }
        Lexeme first = lx.get(from);
        if (first.kind == Kind.NUMBER) {
            if (to - from == 1) {
                return first.yearLike && !years ? null : new Simple(first.base, first.scale);
            }
            if (to - from == 2 && first.scale == 1 && lx.get(from + 1).kind == Kind.WORD) {
                String word = lx.get(from + 1).word;
                double scale = scales.getOrDefault(word, 0.0);
                return scale > 0 ? new Simple(first.base, scale) : null;
            }
            if (to - from == 3 && first.scale == 1 && lx.get(from + 1).kind == Kind.DASH
                    && lx.get(from + 2).kind == Kind.WORD && bigScales.containsKey(lx.get(from + 2).word)) {
                return new Simple(first.base, bigScales.get(lx.get(from + 2).word)); // "$2.6-million"
            }
            return null;
        }
        return words(lx, from, to);
    }

    private enum Last { NONE, ARTICLE, UNIT, TEEN, TENS, JOIN, HUNDRED, BIG, AND, DOZEN }

    /** Number words: "twenty-five", "one hundred (and) five", "a million", "two dozen", "half a million". */
    private Simple words(List<Lexeme> lx, int from, int to) {
        int count = to - from;
        if (count == 3 && lx.get(from).is("half") && (lx.get(from + 1).is("a") || lx.get(from + 1).is("an"))) {
            double scale = scaleOf(lx.get(from + 2));
            return scale > 0 ? new Simple(0.5, scale) : null;
        }
        if (count == 1 && lx.get(from).is("zero")) {
            return new Simple(0, 1);
        }
        double total = 0;
        double group = 0;
        double lastBig = Double.MAX_VALUE;
        int bigWords = 0;
        boolean hundredInGroup = false;
        Last last = Last.NONE;
        for (int i = from; i < to; i++) {
            Lexeme l = lx.get(i);
            if (l.kind == Kind.DASH) {
                if (last != Last.TENS) {
                    return null;
                }
                last = Last.JOIN;
                continue;
            }
            if (l.kind != Kind.WORD || last == Last.DOZEN) {
                return null;
            }
            String w = l.word;
            Integer small;
            if (i == from && (l.is("a") || l.is("an"))) {
                group = 1;
                last = Last.ARTICLE;
            } else if ((small = units.get(w)) != null) {
                if (last != Last.NONE && last != Last.TENS && last != Last.JOIN && last != Last.HUNDRED
                        && last != Last.BIG && last != Last.AND) {
                    return null;
                }
                group += small;
                last = Last.UNIT;
            } else if ((small = teens.get(w)) != null || (small = tens.get(w)) != null) {
                if (last != Last.NONE && last != Last.HUNDRED && last != Last.BIG && last != Last.AND) {
                    return null;
                }
                group += small;
                last = teens.containsKey(w) ? Last.TEEN : Last.TENS;
            } else if (scales.getOrDefault(w, 0.0) == 100) { // "hundred"
                if (hundredInGroup || group <= 0 || group >= 100 || !(last == Last.UNIT || last == Last.TEEN
                        || last == Last.TENS || last == Last.ARTICLE)) {
                    return null;
                }
                group *= 100;
                hundredInGroup = true;
                last = Last.HUNDRED;
            } else if (bigScales.containsKey(w)) {
                double scale = bigScales.get(w);
                if (group <= 0 || scale >= lastBig || last == Last.AND || last == Last.JOIN) {
                    return null;
                }
                total += group * scale;
                group = 0;
                hundredInGroup = false;
                lastBig = scale;
                bigWords++;
                last = Last.BIG;
            } else if (scales.getOrDefault(w, 0.0) == 12) { // "dozen"
                if (group <= 0 || !(last == Last.UNIT || last == Last.TEEN || last == Last.TENS
                        || last == Last.ARTICLE)) {
                    return null;
                }
                group *= 12;
                last = Last.DOZEN;
            } else if (l.is("and")) {
                if (last != Last.HUNDRED && last != Last.BIG) {
                    return null;
                }
                last = Last.AND;
            } else {
                return null;
            }
        }
        if (last == Last.NONE || last == Last.ARTICLE || last == Last.AND || last == Last.JOIN) {
            return null;
        }
        double value = total + group;
        if (last == Last.BIG && bigWords == 1) {
            return new Simple(value / lastBig, lastBig); // "forty million": base 40, for "thirty to forty million"
        }
        return new Simple(value, 1);
    }

    private double scaleOf(Lexeme l) {
        if (l.kind != Kind.WORD) {
            return 0;
        }
        return scales.getOrDefault(l.word, 0.0);
    }

    /** "dozens", "thousands (of)", "tens/hundreds of thousands", "a few hundred", "several thousand". */
    private Quantity vague(List<Lexeme> lx) {
        int m = lx.size();
        if (m > 0 && lx.get(m - 1).is("of")) {
            m--; // "thousands of": the finder may pass the "of"
        }
        for (Lexeme l : lx.subList(0, m)) {
            if (l.kind != Kind.WORD) {
                return null;
            }
        }
        if (m == 1 && pluralScales.containsKey(lx.get(0).word)) {
            return plural(pluralScales.get(lx.get(0).word), 1);
        }
        if (m == 3 && lx.get(1).is("of") && pluralScales.containsKey(lx.get(2).word)
                && pluralScales.get(lx.get(2).word) >= 1e3) {
            double of = pluralScales.get(lx.get(2).word);
            if (lx.get(0).is("tens")) {
                return plural(of, 10);
            }
            if (lx.get(0).is("hundreds")) {
                return plural(of, 100);
            }
            return null;
        }
        boolean few = m == 3 && lx.get(0).is("a") && lx.get(1).is("few");
        boolean several = m == 2 && lx.get(0).is("several");
        if (few || several) {
            double scale = scaleOf(lx.get(m - 1));
            return scale > 0 ? plural(scale, 1) : null;
        }
        return null;
    }

    private static Quantity plural(double scale, double times) {
        if (scale == 12) {
            return new Quantity(24, 99, 24, Precision.VAGUE);
        }
        double unit = scale * times;
        return new Quantity(2 * unit, 10 * unit - 1, 2 * unit, Precision.VAGUE);
    }

    // ---- characters and tables ----

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static <V> Map<String, V> ci(Map<String, V> map) {
        Map<String, V> result = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        result.putAll(map);
        return result;
    }
}
