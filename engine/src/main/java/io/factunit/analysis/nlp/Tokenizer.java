package io.factunit.analysis.nlp;

/**
 * Cuts one sentence into tokens. The text is cut at whitespace ({@link #isSpace}) first, then each piece
 * where the model says. Not thread-safe: {@link NlpTools#tokenizer()} gives each thread its own.
 */
public interface Tokenizer {
    /** The tokens of {@code sentence}, in order. */
    Range[] tokenize(String sentence);

    /** Whitespace as OpenNLP sees it ({@code StringUtil.isWhitespace}), for every char. */
    static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7F) {
            return false; // printable ASCII, most of any text: no table lookups
        }
        return c == ' ' || Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
