package io.factunit.mention.quantity;

/**
 * A count or amount as an interval, so that "nearly 20,000", "more than 100" and "30-40" compare honestly;
 * or a pair of counts, a tally or score ("passed 219-212", "won 27-24"), which is no interval: two pairs
 * agree only when both numbers do.
 *
 * @param low       smallest value the words allow (a pair: its first number)
 * @param high      largest value the words allow ({@code Double.POSITIVE_INFINITY} for "at least"; a pair: its
 *                  first number)
 * @param nominal   the number as written (20,000 for "nearly 20,000"; 30 for "30-40"; 219 for "219-212")
 * @param precision how the words bound the number
 * @param second    a pair's second number (212 for "219-212"); NaN for anything else
 */
public record Quantity(double low, double high, double nominal, Precision precision, double second) {

    public enum Precision {
        /** "240" */
        EXACT,
        /** "around 1,200", "about", "some": within a few percent either side */
        APPROXIMATE,
        /** "nearly 20,000", "almost", "just under": a little under */
        JUST_UNDER,
        /** "more than 100", "over": above */
        MORE_THAN,
        /** "at least 100", "100 Israelis and others": the number or above */
        AT_LEAST,
        /** "fewer than", "less than", "under" */
        LESS_THAN,
        /** "up to", "at most" */
        AT_MOST,
        /** "30-40", "between 30 and 40" */
        RANGE,
        /** "thousands of", "tens of thousands": an order of magnitude */
        VAGUE,
        /** "219-212", "by a vote of 5 to 4", "won 27-24": a tally or score, two counts read together */
        PAIR
    }

    /** A count or amount, not a pair. */
    public Quantity(double low, double high, double nominal, Precision precision) {
        this(low, high, nominal, precision, Double.NaN);
    }

    public static Quantity exact(double value) {
        return new Quantity(value, value, value, Precision.EXACT);
    }

    /** A tally or score: "219-212" is pair(219, 212). */
    public static Quantity pair(double first, double second) {
        return new Quantity(first, first, first, Precision.PAIR, second);
    }

    public boolean isPair() {
        return precision == Precision.PAIR;
    }

    public boolean overlaps(Quantity other) {
        if (isPair() || other.isPair()) {
            return equals(other);
        }
        return low <= other.high && other.low <= high;
    }

    public boolean isExact() {
        return precision == Precision.EXACT;
    }
}
