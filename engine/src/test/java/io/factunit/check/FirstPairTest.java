package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The first disagreeing pair is the one a loop over every pair meets first. */
class FirstPairTest {

    @Test
    void theFirstDateThatComesAfterAnotherThenTheFirstItComesAfter() {
        assertThat(FirstPair.after(new long[] {5, 9, 12}, new long[] {10, 8, 11})).containsExactly(1, 1);
        assertThat(FirstPair.after(new long[] {5, 8}, new long[] {8, 10})).isNull();
        assertThat(FirstPair.after(new long[] {5}, new long[0])).isNull();
    }

    @Test
    void theFirstLengthThatDoesNotFitThenTheFirstRangeItMisses() {
        assertThat(FirstPair.apart(new long[] {7, 4}, new long[] {7, 8, 3}, 1)).containsExactly(0, 2);
        assertThat(FirstPair.apart(new long[] {7}, new long[] {6, 8}, 1)).isNull();
        assertThat(FirstPair.apart(new long[] {7}, new long[0], 1)).isNull();
    }

    @Test
    void theSamePairsAsTestingEveryPair() {
        Random random = new Random(17);
        for (int round = 0; round < 5_000; round++) {
            long[] one = random.longs(random.nextInt(10), 0, 15).toArray();
            long[] two = random.longs(random.nextInt(10), 0, 15).toArray();
            long slack = random.nextInt(4);

            assertThat(FirstPair.after(one, two)).isEqualTo(everyPairAfter(one, two));
            assertThat(FirstPair.apart(one, two, slack)).isEqualTo(everyPairApart(one, two, slack));
        }
    }

    /** The former double loops, as the reference. */
    private static int[] everyPairAfter(long[] starts, long[] ends) {
        for (int i = 0; i < starts.length; i++) {
            for (int j = 0; j < ends.length; j++) {
                if (starts[i] > ends[j]) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    private static int[] everyPairApart(long[] stated, long[] lengths, long slack) {
        for (int i = 0; i < stated.length; i++) {
            for (int j = 0; j < lengths.length; j++) {
                if (Math.abs(lengths[j] - stated[i]) > slack) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }
}
