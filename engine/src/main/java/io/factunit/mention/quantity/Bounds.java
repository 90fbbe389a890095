package io.factunit.mention.quantity;

import io.factunit.analysis.Token;
import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import io.factunit.mention.quantity.Quantity.Precision;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Words that bound a number ("nearly 20,000", "more than 100", "100 Israelis and others"; the phrases are the
 * language's bound-before and bound-after lists) and the interval they make of it. The factors are
 * conventions, kept in one place:
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
    private final Phrase[] before;
    private final Phrase[] after;

    Bounds(Language language) {
        before = sorted(language.words(WordList.BOUND_BEFORE));
        after = sorted(language.words(WordList.BOUND_AFTER));
    }

    /** The bound phrase ending right before token {@code index}, or null. */
    Match before(List<Token> tokens, int index) {
        for (Phrase p : before) {
            int first = index - p.words.length;
            if (first >= 0 && matches(tokens, first, p.words)) {
                return new Match(first, index - 1, p.precision);
            }
        }
        return null;
    }

    /** The bound phrase starting at token {@code index}, or null. */
    Match after(List<Token> tokens, int index) {
        for (Phrase p : after) {
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
            case EXACT, RANGE, VAGUE, PAIR -> q;
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

    /** The phrases of a list in file order, then stably longest first. */
    private static Phrase[] sorted(WordTable list) {
        Phrase[] phrases = new Phrase[list.rows().size()];
        for (int i = 0; i < phrases.length; i++) {
            WordTable.Row row = list.rows().get(i);
            phrases[i] = new Phrase(row.word().split(" "), Precision.valueOf(row.column(0)));
        }
        Arrays.sort(phrases, Comparator.comparingInt((Phrase p) -> -p.words.length));
        return phrases;
    }
}
