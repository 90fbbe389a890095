package io.factunit.article;

import java.util.Arrays;

/** Maps a character offset in a text to its line and column, by binary search over line starts. */
public final class LineMap {
    private final int[] lineStarts;
    private final int length;

    public LineMap(String text) {
        int[] starts = new int[16];
        int count = 1; // line 1 starts at 0
        if (text.indexOf('\r') < 0) { // most texts: only '\n' ends a line, and indexOf finds it fastest
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts = withRoom(starts, count);
                starts[count++] = i + 1;
            }
        } else {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts = withRoom(starts, count);
                    starts[count++] = i + 1;
                }
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = text.length();
    }

    private static int[] withRoom(int[] starts, int count) {
        return count < starts.length ? starts : Arrays.copyOf(starts, count * 2);
    }

    public TextPosition position(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
        }
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new TextPosition(line + 1, offset - lineStarts[line] + 1);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }
}
