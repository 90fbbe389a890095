package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The first fall of a running total is the pair a test of every earlier claim against every later one finds. */
class FirstFallTest {

    @Test
    void theFirstEarlierClaimThenItsFirstLaterFall() {
        long[] days = {1, 1, 2, 3, 3};
        double[] values = {100, 120, 110, 130, 90};
        double[] none = new double[5];

        // 100 on day 1 first falls to 90 on day 3; 120 on day 1 would fall to 110 on day 2, but comes later
        assertThat(FirstFall.of(days, values, values, none)).containsExactly(0, 4);
        // the same day never counts as later
        assertThat(FirstFall.of(new long[] {1, 1}, new double[] {9, 5}, new double[] {9, 5}, new double[2])).isNull();
        // a slack of 25 lets 100 fall to 90, but not 120 to 90
        double[] slack = {25, 25, 25, 25, 25};
        assertThat(FirstFall.of(days, values, values, slack)).containsExactly(1, 4);
        assertThat(FirstFall.of(new long[0], new double[0], new double[0], new double[0])).isNull();
    }

    @Test
    void theSamePairAsTestingEveryPair() {
        Random random = new Random(11);
        double[] odd = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0};
        for (int round = 0; round < 5_000; round++) {
            int n = random.nextInt(12);
            long[] days = new long[n];
            double[] lows = new double[n];
            double[] highs = new double[n];
            double[] slacks = new double[n];
            for (int i = 0; i < n; i++) {
                days[i] = random.nextInt(4);
                lows[i] = random.nextInt(12) == 0 ? odd[random.nextInt(odd.length)] : random.nextInt(20);
                highs[i] = random.nextInt(12) == 0 ? odd[random.nextInt(odd.length)] : lows[i] + random.nextInt(3);
                slacks[i] = random.nextInt(3);
            }
            Arrays.sort(days);

            assertThat(FirstFall.of(days, lows, highs, slacks)).isEqualTo(everyPair(days, lows, highs, slacks));
        }
    }

    /** The former double loop, as the reference. */
    private static int[] everyPair(long[] days, double[] lows, double[] highs, double[] slacks) {
        for (int i = 0; i < days.length; i++) {
            for (int j = i + 1; j < days.length; j++) {
                if (days[j] > days[i] && highs[j] + slacks[i] < lows[i]) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }
}
