package io.factunit.rules;

/**
 * How far apart two values may be and still agree.
 *
 * @param absolute difference in the value's unit
 * @param relative difference as a fraction of the larger value (0.05 = 5%)
 * @param days     difference in days, for durations and dates
 */
public record Tolerance(double absolute, double relative, int days) {
    public static final Tolerance NONE = new Tolerance(0, 0, 0);

    /** Widens a value by whichever tolerance is larger. */
    public double slack(double value) {
        return Double.isFinite(value) ? Math.max(absolute, Math.abs(value) * relative) : absolute;
    }
}
