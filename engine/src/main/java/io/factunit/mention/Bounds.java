package io.factunit.mention;

import io.factunit.analysis.Token;
import io.factunit.mention.Quantity.Precision;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Words that bound a number ("nearly 20,000", "more than 100", "100 Israelis and others") and the interval
 * they make of it. The factors are conventions, kept in one place:
 * <ul>
 *   <li>JUST_UNDER ("nearly", "almost", "just under"): [0.9 n, n) - a writer who says "nearly" is within about
 *       a tenth of the number; the top is {@code Math.nextDown(n)}, so the interval stays closed for
 *       {@link Quantity#overlaps} yet excludes n itself. A check that wants "nearly 20,000" to agree with
 *       "20,000" says so with a tolerance.</li>
 *   <li>APPROXIMATE ("around", "about", "some", "an estimated", "or so"): [0.9 n, 1.1 n].</li>
 *   <li>MORE_THAN ("more than", "over"): (n, +inf), the bottom {@code Math.nextUp(n)}; AT_LEAST ("at least",
 *       "or more", "and others"): [n, +inf).</li>
 *   <li>LESS_THAN ("fewer than", "under"): [0, n); AT_MOST ("up to", "at most"): [0, n].</li>
 *   <li>EXACT ("a total of", "exactly"): the number unchanged.</li>
 * </ul>
 * Applied to a range or a vague plural, lower bounds use its low end and upper bounds its high end.
 */
final class Bounds {
    static final double NEAR_FACTOR = 0.9;
    static final double APPROXIMATE_SPREAD = 0.1;

    private record Phrase(String[] words, Precision precision) {
    }

    /** A bound phrase found in a sentence: its first and last token and what it means. */
    record Match(int first, int last, Precision precision) {
    }

    // Longest first, so "no more than" wins over "more than" and "just under" over "under".
    private static final Phrase[] BEFORE = sorted(
            phrase(Precision.JUST_UNDER, "nearly"), phrase(Precision.JUST_UNDER, "almost"),
            phrase(Precision.JUST_UNDER, "just under"), phrase(Precision.JUST_UNDER, "just below"),
            phrase(Precision.JUST_UNDER, "close to"), phrase(Precision.JUST_UNDER, "just shy of"),
            phrase(Precision.APPROXIMATE, "around"), phrase(Precision.APPROXIMATE, "about"),
            phrase(Precision.APPROXIMATE, "some"), phrase(Precision.APPROXIMATE, "roughly"),
            phrase(Precision.APPROXIMATE, "approximately"), phrase(Precision.APPROXIMATE, "an estimated"),
            phrase(Precision.APPROXIMATE, "estimated"), phrase(Precision.APPROXIMATE, "circa"),
            phrase(Precision.MORE_THAN, "more than"), phrase(Precision.MORE_THAN, "over"),
            phrase(Precision.MORE_THAN, "above"), phrase(Precision.MORE_THAN, "in excess of"),
            phrase(Precision.MORE_THAN, "upwards of"),
            phrase(Precision.AT_LEAST, "at least"), phrase(Precision.AT_LEAST, "a minimum of"),
            phrase(Precision.AT_LEAST, "no fewer than"), phrase(Precision.AT_LEAST, "no less than"),
            phrase(Precision.AT_LEAST, "not less than"),
            phrase(Precision.LESS_THAN, "fewer than"), phrase(Precision.LESS_THAN, "less than"),
            phrase(Precision.LESS_THAN, "under"), phrase(Precision.LESS_THAN, "below"),
            phrase(Precision.AT_MOST, "up to"), phrase(Precision.AT_MOST, "at most"),
            phrase(Precision.AT_MOST, "a maximum of"), phrase(Precision.AT_MOST, "no more than"),
            phrase(Precision.AT_MOST, "not more than"),
            phrase(Precision.EXACT, "a total of"), phrase(Precision.EXACT, "exactly"),
            phrase(Precision.EXACT, "precisely"));

    private static final Phrase[] AFTER = sorted(
            phrase(Precision.AT_LEAST, "and others"), phrase(Precision.AT_LEAST, "and more"),
            phrase(Precision.AT_LEAST, "or more"), phrase(Precision.AT_LEAST, "and counting"),
            phrase(Precision.APPROXIMATE, "or so"),
            phrase(Precision.AT_MOST, "or fewer"), phrase(Precision.AT_MOST, "or less"));

    private Bounds() {
    }

    /** The bound phrase ending right before token {@code index}, or null. */
    static Match before(List<Token> tokens, int index) {
        for (Phrase p : BEFORE) {
            int first = index - p.words.length;
            if (first >= 0 && matches(tokens, first, p.words)) {
                return new Match(first, index - 1, p.precision);
            }
        }
        return null;
    }

    /** The bound phrase starting at token {@code index}, or null. */
    static Match after(List<Token> tokens, int index) {
        for (Phrase p : AFTER) {
            if (index + p.words.length <= tokens.size() && matches(tokens, index, p.words)) {
                return new Match(index, index + p.words.length - 1, p.precision);
            }
        }
        return null;
    }

    /** The interval a bound makes of a parsed number (EXACT, RANGE or VAGUE). */
    static Quantity apply(Quantity q, Precision bound) {
        double low = q.low();
        double high = q.high();
        return switch (bound) {
            case EXACT, RANGE, VAGUE -> q;
            case JUST_UNDER -> new Quantity(NEAR_FACTOR * low, Math.nextDown(high), q.nominal(), bound);
            case APPROXIMATE -> new Quantity((1 - APPROXIMATE_SPREAD) * low, (1 + APPROXIMATE_SPREAD) * high,
                    q.nominal(), bound);
            case MORE_THAN -> new Quantity(Math.nextUp(low), Double.POSITIVE_INFINITY, q.nominal(), bound);
            case AT_LEAST -> new Quantity(low, Double.POSITIVE_INFINITY, q.nominal(), bound);
            case LESS_THAN -> new Quantity(0, Math.nextDown(high), q.nominal(), bound);
            case AT_MOST -> new Quantity(0, high, q.nominal(), bound);
        };
    }

    private static boolean matches(List<Token> tokens, int first, String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (!tokens.get(first + i).text().equalsIgnoreCase(words[i])) {
                return false;
            }
        }
        return true;
    }

    private static Phrase phrase(Precision precision, String words) {
        return new Phrase(words.split(" "), precision);
    }

    private static Phrase[] sorted(Phrase... phrases) {
        Phrase[] copy = phrases.clone();
        Arrays.sort(copy, Comparator.comparingInt((Phrase p) -> -p.words.length));
        return copy;
    }
}
