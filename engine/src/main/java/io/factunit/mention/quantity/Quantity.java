package io.factunit.mention.quantity;

/**
 * A count or amount as an interval, so that "nearly 20,000", "more than 100" and "30-40" compare honestly.
 *
 * @param low       smallest value the words allow
 * @param high      largest value the words allow ({@code Double.POSITIVE_INFINITY} for "at least")
 * @param nominal   the number as written (20,000 for "nearly 20,000"; 30 for "30-40")
 * @param precision how the words bound the number
 */
public record Quantity(double low, double high, double nominal, Precision precision) {

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
        VAGUE
    }

    public static Quantity exact(double value) {
        return new Quantity(value, value, value, Precision.EXACT);
    }

    public boolean overlaps(Quantity other) {
        return low <= other.high && other.low <= high;
    }

    public boolean isExact() {
        return precision == Precision.EXACT;
    }
}
