package io.factunit.article;

import java.util.Arrays;

/**
 * Positions for text assembled from pieces of a file (HTML text nodes): each segment is a run of text chars
 * copied one for one from a run of file chars. Chars the extractor added between segments (line breaks,
 * collapsed spaces) take the position just after the preceding segment.
 */
final class SegmentPositionMap implements PositionMap {
    private final LineMap fileLines;
    private final int[] textStarts;
    private final int[] fileStarts;
    private final int[] lengths;

    private SegmentPositionMap(LineMap fileLines, int[] textStarts, int[] fileStarts, int[] lengths) {
        this.fileLines = fileLines;
        this.textStarts = textStarts;
        this.fileStarts = fileStarts;
        this.lengths = lengths;
    }

    @Override
    public TextPosition position(int textOffset) {
        int index = Arrays.binarySearch(textStarts, textOffset);
        int segment = index >= 0 ? index : -index - 2;
        if (segment < 0) {
            return fileLines.position(0);
        }
        int within = Math.min(textOffset - textStarts[segment], lengths[segment]);
        return fileLines.position(fileStarts[segment] + within);
    }

    /** Collects segments in text order. */
    static final class Builder {
        private int[] textStarts = new int[64];
        private int[] fileStarts = new int[64];
        private int[] lengths = new int[64];
        private int count;

        /** Records that the text char at {@code textOffset} came from the file char at {@code fileOffset}. */
        void map(int textOffset, int fileOffset) {
            if (count > 0) {
                int last = count - 1;
                int end = textStarts[last] + lengths[last];
                if (end == textOffset && fileStarts[last] + lengths[last] == fileOffset) {
                    lengths[last]++;
                    return;
                }
            }
            if (count == textStarts.length) {
                textStarts = Arrays.copyOf(textStarts, count * 2);
                fileStarts = Arrays.copyOf(fileStarts, count * 2);
                lengths = Arrays.copyOf(lengths, count * 2);
            }
            textStarts[count] = textOffset;
            fileStarts[count] = fileOffset;
            lengths[count] = 1;
            count++;
        }

        PositionMap build(LineMap fileLines) {
            return new SegmentPositionMap(fileLines, Arrays.copyOf(textStarts, count),
                    Arrays.copyOf(fileStarts, count), Arrays.copyOf(lengths, count));
        }
    }
}
