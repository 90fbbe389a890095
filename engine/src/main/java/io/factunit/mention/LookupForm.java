package io.factunit.mention;

import io.factunit.analysis.Token;
import io.factunit.analysis.Word;

/**
 * The form a word or phrase is looked up in: lower case, single spaces, curly apostrophes straightened. People
 * and quotes both read words this way ("'s", "according to", "he"), so the form lives here, not in either.
 */
public final class LookupForm {
    private static final Word.Fact<String> WORD_PHRASE = Word.Fact.of(LookupForm::phrase);

    private LookupForm() {
    }

    /** A token's word in lookup form; kept per word, as finders ask it of most tokens. */
    public static String of(Token token) {
        return WORD_PHRASE.of(token.word());
    }

    /** {@link #phrase} of one word, kept in it. */
    public static String of(Word word) {
        return WORD_PHRASE.of(word);
    }

    /** Lower case, single spaces, curly apostrophes straightened: the form every lookup uses. */
    public static String phrase(String text) {
        if (isPhrase(text)) {
            return text; // a lower-case word, as most lookups are: no copy
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** True when {@link #phrase} would return the text unchanged: lower-case ASCII words, single spaces between. */
    private static boolean isPhrase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '\'' || c == '.'
                    || c == ' ' && i > 0 && i < text.length() - 1 && text.charAt(i - 1) != ' ';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** The possessive "'s" or "'" ("Al Jazeera's", "Hamas'"), as the tagger marks it. */
    public static boolean isPossessive(Token token) {
        return "PART".equals(token.upos()) && ("'s".equals(of(token)) || "'".equals(of(token)));
    }
}
