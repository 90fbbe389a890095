package io.factunit.check;

import io.factunit.mention.Mention;
import io.factunit.mention.date.DateMention;
import io.factunit.mention.duration.DurationMention;
import io.factunit.mention.quantity.Quantity;
import io.factunit.mention.quantity.QuantityMention;

/**
 * A claim's value as a closed interval of numbers: quantities as their bounds, dates as epoch days,
 * durations as days. {@code open} marks a bound the words leave open ("at least 100", "more than 50").
 */
record Interval(double low, double high, boolean open, boolean vague) {

    Interval(double low, double high, boolean open) {
        this(low, high, open, false);
    }

    /** The interval of a mention, or null when it has no comparable value (an unresolved date). */
    static Interval of(Mention mention) {
        if (mention instanceof QuantityMention q) {
            Quantity v = q.value();
            boolean open = switch (v.precision()) {
                case AT_LEAST, MORE_THAN, LESS_THAN, AT_MOST, VAGUE -> true;
                default -> false;
            };
            return new Interval(v.low(), v.high(), open, v.precision() == Quantity.Precision.VAGUE);
        }
        if (mention instanceof DateMention d) {
            return d.isResolved() ? new Interval(d.first().toEpochDay(), d.last().toEpochDay(), false) : null;
        }
        if (mention instanceof DurationMention d) {
            return new Interval(d.days(), d.days(), false);
        }
        return null;
    }

    /** The interval grown to hold {@code point} (unchanged for NaN). */
    Interval including(double point) {
        if (Double.isNaN(point)) {
            return this;
        }
        return new Interval(Math.min(low, point), Math.max(high, point), open, vague);
    }

    Interval widen(double slack) {
        return new Interval(low - slack, high + slack, open, vague);
    }

    /** The size of the value for relative tolerances: its largest finite bound. */
    double magnitude() {
        return Double.isInfinite(high) ? Math.abs(low) : Math.max(Math.abs(low), Math.abs(high));
    }

    boolean contains(double point) {
        return low <= point && point <= high;
    }
}
