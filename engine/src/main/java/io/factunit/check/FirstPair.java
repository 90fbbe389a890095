package io.factunit.check;

/**
 * The first pair, in the order a loop over every pair would meet it, where two lists of claims disagree:
 * each claim of the first list is tested against the extreme of the second first, and only a claim that
 * disagrees with some claim is walked against the list. Thousands of dates or durations then cost n, not n².
 */
final class FirstPair {
    private FirstPair() {
    }

    /** The first {i, j} with {@code starts[i] > ends[j]}: a date that comes after another; null if none. */
    static int[] after(long[] starts, long[] ends) {
        long earliestEnd = Long.MAX_VALUE;
        for (long end : ends) {
            earliestEnd = Math.min(earliestEnd, end);
        }
        for (int i = 0; i < starts.length; i++) {
            if (ends.length > 0 && starts[i] > earliestEnd) {
                for (int j = 0; j < ends.length; j++) {
                    if (starts[i] > ends[j]) {
                        return new int[] {i, j};
                    }
                }
            }
        }
        return null;
    }

    /** The first {i, j} with {@code |lengths[j] - stated[i]| > slack}: a length that does not fit; null if none. */
    static int[] apart(long[] stated, long[] lengths, long slack) {
        long shortest = Long.MAX_VALUE;
        long longest = Long.MIN_VALUE;
        for (long length : lengths) {
            shortest = Math.min(shortest, length);
            longest = Math.max(longest, length);
        }
        for (int i = 0; i < stated.length; i++) {
            if (lengths.length > 0 && (Math.abs(shortest - stated[i]) > slack || Math.abs(longest - stated[i]) > slack)) {
                for (int j = 0; j < lengths.length; j++) {
                    if (Math.abs(lengths[j] - stated[i]) > slack) {
                        return new int[] {i, j};
                    }
                }
            }
        }
        return null;
    }
}
