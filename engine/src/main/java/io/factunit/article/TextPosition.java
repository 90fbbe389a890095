package io.factunit.article;

/** A 1-based line and column in an article's decoded text; columns count UTF-16 chars, as editors do. */
public record TextPosition(int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
