package io.factunit.analysis.nlp;

import java.util.Arrays;

/**
 * A sentence as the models read it, one char for one, so that every offset into it is an offset into the
 * sentence: typographic quotes made ASCII, since the UD models were trained on ASCII quotes and typographic
 * ones glue to words ("Hamas’s", "positive”"), and runs of more than {@link #MAX_WORD} non-space chars
 * blanked.
 */
public final class ModelText {
    /**
     * A longer run without whitespace is no word (base64, minified script, a corrupt line) and is left out of
     * analysis: OpenNLP's tokenizer costs the square of a word's length (every split point gets the whole
     * prefix and suffix as features), so a 5 MB "word" would never finish.
     */
    public static final int MAX_WORD = 100;

    private ModelText() {
    }

    /** The text as the models read it. One pass, and no copy for a sentence that needs none, as most do. */
    public static String of(String text) {
        char[] chars = null;
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F) {
                continue; // printable ASCII, most chars: neither a space nor a typographic quote
            }
            if (Tokenizer.isSpace(c)) {
                chars = blankOverlong(text, chars, runStart, i);
                runStart = i + 1;
                continue;
            }
            char ascii = asciiQuote(c);
            if (ascii != c) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = ascii;
            }
        }
        chars = blankOverlong(text, chars, runStart, text.length());
        return chars == null ? text : new String(chars);
    }

    private static char[] blankOverlong(String text, char[] chars, int runStart, int runEnd) {
        if (runEnd - runStart <= MAX_WORD) {
            return chars;
        }
        char[] result = chars == null ? text.toCharArray() : chars;
        Arrays.fill(result, runStart, runEnd, ' ');
        return result;
    }

    /** The ASCII quote for a typographic one; any other char itself. */
    private static char asciiQuote(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
            default -> c;
        };
    }
}
