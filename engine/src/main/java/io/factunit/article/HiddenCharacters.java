package io.factunit.article;

import java.util.Locale;

/**
 * The characters that do not show as themselves, in one place: analysis reads text without the zero-width
 * ones, and whatever quotes input into a terminal or a log (error messages, the text and GitHub reports)
 * shows all of them escaped, so an article cannot move the cursor, recolour or rewrite a line, or reverse
 * the text after it.
 */
public final class HiddenCharacters {
    /**
     * Zero width space, non-joiner, joiner, word joiner, byte-order mark (zero width no-break space) and soft
     * hyphen: they show nothing inside a word, so "1\u200B000" reads as 1000 to a reader and must to analysis.
     */
    private static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";
    /** Arabic letter mark, left-to-right and right-to-left marks, embeddings, overrides and isolates. */
    private static final String BIDI_CONTROLS =
            "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    private HiddenCharacters() {
    }

    /** A character that shows nothing inside a word; analysis reads the text without it. */
    public static boolean isZeroWidth(char c) {
        return c >= '\u00AD' && ZERO_WIDTH.indexOf(c) >= 0; // below the soft hyphen: none (most text, at once)
    }

    /** A character that changes the direction of the text around it. */
    public static boolean isBidiControl(char c) {
        return c >= '\u061C' && BIDI_CONTROLS.indexOf(c) >= 0; // below the Arabic letter mark: none
    }

    /**
     * Whether a character quoted from input is shown escaped in a terminal or log line: every control
     * character (C0 including tab, CR and LF, DEL, C1 such as U+009B, the one-byte CSI), line and paragraph
     * separators, zero-width and bidi characters.
     */
    public static boolean isShownEscaped(char c) {
        if (c >= ' ' && c < '\u007F') {
            return false; // printable ASCII, most of any report: no lookups
        }
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || isZeroWidth(c) || isBidiControl(c);
    }

    /** How such a character is shown: {@code \n}, {@code \r}, {@code \t}, else {@code \u001B} and the like. */
    public static String escaped(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format(Locale.ROOT, "\\u%04X", (int) c);
        };
    }

    /** {@code text} with every character {@link #isShownEscaped shown escaped}: one line, safe to print. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isShownEscaped(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(escaped(c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
