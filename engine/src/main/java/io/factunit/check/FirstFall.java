package io.factunit.check;

/**
 * The first pair (earlier, later) of a running total, in order of publication, where a later day's value
 * fell below an earlier one: the pair a test of every earlier claim against every later one would stop at,
 * found with the smallest later value past each day, so thousands of dated claims cost n rather than n².
 */
final class FirstFall {
    private FirstFall() {
    }

    /**
     * @param days    each claim's publication day, ascending
     * @param lows    each claim's low bound
     * @param highs   each claim's high bound
     * @param slacks  the tolerance an earlier claim allows below its low bound
     * @return the indexes {earlier, later} of the first fall, or null when the total never falls
     */
    static int[] of(long[] days, double[] lows, double[] highs, double[] slacks) {
        int n = days.length;
        // smallest high bound from each index on; NaN is never below anything, so it is left out
        double[] lowestFrom = new double[n + 1];
        lowestFrom[n] = Double.POSITIVE_INFINITY;
        for (int k = n - 1; k >= 0; k--) {
            lowestFrom[k] = Double.isNaN(highs[k]) || highs[k] >= lowestFrom[k + 1] ? lowestFrom[k + 1] : highs[k];
        }
        int laterDay = 0;
        for (int i = 0; i < n; i++) {
            while (laterDay < n && days[laterDay] <= days[i]) {
                laterDay++;
            }
            // x + slack grows with x, so if any later value falls, the smallest does
            if (laterDay < n && lowestFrom[laterDay] + slacks[i] < lows[i]) {
                for (int j = laterDay; j < n; j++) {
                    if (highs[j] + slacks[i] < lows[i]) {
                        return new int[] {i, j};
                    }
                }
            }
        }
        return null;
    }
}
