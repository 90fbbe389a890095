package io.factunit.mention.quantity;

import io.factunit.analysis.Token;
import java.util.List;

/**
 * What completes a count after a linking verb ("12 people are dead", "left 12 people dead", "were reported
 * missing", "30 seriously injured"), and when two coordinated verbs or states make it a count of both ("killed
 * or injured", "dead and missing"). A state is named as rules name it: a participle by its verb ("injured" →
 * injure), other words as written ("dead", "missing").
 */
final class Complement {
    private Complement() {
    }

    /** The adjective or participle completing a linking verb, after adverbs: "dead", "seriously injured". */
    static String of(List<Token> tokens, int from, QuantityWords words) {
        int i = from;
        while (i < tokens.size() && i < from + 2 && "ADV".equals(tokens.get(i).upos())) {
            i++;
        }
        if (i >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(i);
        boolean participle = "VERB".equals(t.upos()) && isParticiple(t.text());
        if (!"ADJ".equals(t.upos()) && !participle || attributive(tokens, i) || coordinated(tokens, i, words)
                || words.notCounted.contains(t.text())) {
            return null; // ... and "left 230,000 people dead and missing" counts both
        }
        return state(t);
    }

    /** An adjective before a noun modifies that noun ("last week", "12 people injured children"): no state. */
    static boolean attributive(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).isNoun();
    }

    /** A state as rules name it: a participle as its verb ("injured" → injure), else the word ("dead", "missing"). */
    static String state(Token t) {
        String text = t.word().lowerCase();
        if (text.endsWith("ing")) {
            return text; // "missing" is a state, not the verb "miss"
        }
        return "VERB".equals(t.upos()) || text.endsWith("ed") ? GoverningVerb.lemma(t) : text;
    }

    /**
     * "killed or injured", "dead and missing", "killed and wounded 30": the verb or state at i is one of two
     * coordinated ones that share what is counted. "left three dead and engulfed the streets" joins two verb
     * phrases: the second has an object of its own.
     */
    static boolean coordinated(List<Token> tokens, int i, QuantityWords words) {
        boolean after = i + 2 < tokens.size() && isConjunction(tokens.get(i + 1)) && isVerbForm(tokens, i + 2, words)
                && !hasObject(tokens, i + 2);
        boolean before = i >= 2 && isConjunction(tokens.get(i - 1)) && isVerbForm(tokens, i - 2, words);
        return after || before;
    }

    private static boolean isVerbForm(List<Token> tokens, int i, QuantityWords words) {
        Token t = tokens.get(i);
        return "VERB".equals(t.upos()) || "ADJ".equals(t.upos()) && !attributive(tokens, i)
                && !words.notCounted.contains(t.text()) && (i + 1 >= tokens.size() || !"NUM".equals(tokens.get(i + 1).upos()));
    }

    private static boolean hasObject(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).upos();
        return "DET".equals(next) || "NOUN".equals(next) || "PROPN".equals(next) || "PRON".equals(next)
                || "NUM".equals(next);
    }

    private static boolean isConjunction(Token t) {
        return "CCONJ".equals(t.upos()) && (is(t, "and") || is(t, "or"));
    }

    private static boolean isParticiple(String word) {
        return word.endsWith("ed") || word.endsWith("en") || word.endsWith("ing");
    }

    private static boolean is(Token token, String word) {
        return token.text().equalsIgnoreCase(word);
    }
}
