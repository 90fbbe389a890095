package io.factunit.article;

/**
 * Maps an offset in an article's analysed text to a line and column of its file. For plain text this is
 * the identity plus a {@link LineMap}; Markdown shifts by the front matter; HTML maps extracted text back
 * to the markup it came from.
 */
@FunctionalInterface
public interface PositionMap {
    TextPosition position(int textOffset);

    static PositionMap shifted(LineMap fileLines, int shift) {
        return offset -> fileLines.position(shift + offset);
    }
}
