package io.factunit.mention.date;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a paragraph inside quotation marks. A date a speaker says relative to the day ("we can grow
 * our economy today", "on Tuesday") is relative to the day of speaking, which the article need not give, so it is
 * bound to no event; a month and day ("on August 16") still are.
 * Straight double quotes alternate; curly ones open and close. Single quotes are left alone: they are
 * apostrophes as often as quotes.
 */
final class QuotedSpans {
    /** Start and end offsets of each quoted stretch, in text order. */
    private final int[] bounds;

    private QuotedSpans(int[] bounds) {
        this.bounds = bounds;
    }

    static QuotedSpans of(CharSequence text, int from, int to) {
        List<Integer> bounds = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' && open < 0 || c == '\u201C') {
                if (open < 0) {
                    open = i;
                }
            } else if ((c == '"' || c == '\u201D') && open >= 0) {
                bounds.add(open);
                bounds.add(i + 1);
                open = -1;
            }
        }
        if (open >= 0) { // a quote running on to the paragraph's end, as news writes a continued quote
            bounds.add(open);
            bounds.add(to);
        }
        return new QuotedSpans(bounds.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Whether an offset lies inside a quoted stretch: the last stretch starting at or before it reaches past it. */
    boolean contains(int offset) {
        int low = 0;
        int high = bounds.length / 2; // stretches [0, high) start at or before the offset, found by binary search
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (bounds[2 * middle] <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low > 0 && offset < bounds[2 * (low - 1) + 1];
    }
}
