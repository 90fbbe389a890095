package io.factunit.claim;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import java.util.List;

/**
 * The person a sentence is about when it opens with a name the person finder did not read: "Felt died at his
 * home" (a surname that is also a word), "Vincent "The Chin" Gigante, the mob boss, died Monday" (a nickname in
 * quotation marks inside the name). What "He was 77." in the next sentence stands for.
 */
final class Subjects {
    private Subjects() {
    }

    /**
     * The last word of the name a sentence opens with, in lower case: a run of capitalised proper nouns (over a
     * quoted nickname) that is the subject, followed by a verb or by a comma that opens an apposition; null when
     * the sentence opens otherwise.
     */
    static String named(Sentence sentence) {
        List<Token> t = sentence.tokens();
        String last = null;
        int i = 0;
        while (i < t.size()) {
            Token token = t.get(i);
            if (isQuote(token.text()) && last != null) {
                int close = closing(t, i + 1);
                if (close < 0) {
                    return null;
                }
                i = close + 1; // "Vincent "The Chin" Gigante"
                continue;
            }
            if (!"PROPN".equals(token.upos()) || !token.isCapitalised()) {
                break;
            }
            last = token.word().lowerCase();
            i++;
        }
        if (last == null || i >= t.size()) {
            return null;
        }
        Token next = t.get(i);
        return ",".equals(next.text()) || next.isVerb() || "AUX".equals(next.upos()) ? last : null;
    }

    /** The index of the quotation mark closing one opened before {@code from}, within a few words; -1 if none. */
    private static int closing(List<Token> t, int from) {
        for (int i = from; i < t.size() && i < from + 4; i++) {
            if (isQuote(t.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isQuote(String text) {
        return text.equals("\"") || text.equals("'") || text.equals("\u201C") || text.equals("\u201D")
                || text.equals("\u2018") || text.equals("\u2019") || text.equals("``") || text.equals("''");
    }
}
