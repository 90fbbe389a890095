package io.factunit.mention.quantity;

import io.factunit.analysis.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * What a number with no noun of its own measures, when it is the value of a noun phrase before it:
 * <ul>
 *   <li>"a death toll of 12", "a mother of two": the noun right before "of";</li>
 *   <li>"the death toll rose to 12", "the toll from the quake stands at 12", "bringing the death toll to 11",
 *       "put the death toll of the shelling at 40": the noun phrase before a verb (or none) and "to" or "at";</li>
 *   <li>"the toll is 12", "the toll was at least 12": the subject of the copula;</li>
 *   <li>"pushing the death toll above 680": the noun phrase right before a bounded number.</li>
 * </ul>
 * The head is the last noun of the phrase's first chunk ("the confirmed death toll from the disaster" →
 * toll, modifiers confirmed and death). A number that is the object of a verb ("the attack killed 12") is a
 * participant, not a value, and measures nothing here.
 */
final class MeasuredNoun {
    private static final int MAX_VERBS = 4;
    private static final int MAX_PHRASE = 10;

    private MeasuredNoun() {
    }

    /**
     * @param first       index of the first token of the quantity expression (its bound phrase included)
     * @param numberFirst index of the number's first token (after the bound)
     * @return what the number measures, or null
     */
    static CountedNoun find(List<Token> tokens, int first, int numberFirst, int last) {
        int i = first - 1;
        if (i < 1) {
            return null;
        }
        if (is(tokens.get(i), "of")) {
            return chunkEndingAt(tokens, i - 1, last); // "a death toll of 12", "a mother of two"
        }
        boolean linked = is(tokens.get(i), "to") || is(tokens.get(i), "at");
        if (linked) {
            i--;
        }
        boolean verb = false;
        boolean copula = false;
        int verbs = 0;
        while (i >= 0 && verbs < MAX_VERBS && isVerbGroup(tokens.get(i), linked && verbs == 0)) {
            Token t = tokens.get(i);
            verb |= "VERB".equals(t.upos()) || !t.isVerb() && !"ADV".equals(t.upos()) && !"PART".equals(t.upos());
            copula |= "AUX".equals(t.upos()) && "be".equals(t.lemma());
            verbs++;
            i--;
        }
        boolean bounded = first < numberFirst;
        if (!linked && !(copula && !verb) && !(bounded && verbs == 0)) {
            return null; // "the attack killed 12": an object
        }
        int end = i;
        int start = end;
        while (start >= 0 && end - start < MAX_PHRASE && inNounPhrase(tokens.get(start))) {
            start--;
        }
        start++;
        if (start > end || "ADP".equals(tokens.get(start).upos())) {
            return null; // "died in prison at 77": no noun phrase is measured
        }
        // the first chunk: "the confirmed death toll" of "the confirmed death toll from the disaster"
        int chunkEnd = start;
        while (chunkEnd < end && !"ADP".equals(tokens.get(chunkEnd + 1).upos())) {
            chunkEnd++;
        }
        return chunkEndingAt(tokens, chunkEnd, last);
    }

    /** The noun phrase ending at {@code end} ("the Palestinian death toll"), if its last word is a common noun. */
    private static CountedNoun chunkEndingAt(List<Token> tokens, int end, int last) {
        if (end < 0 || !"NOUN".equals(tokens.get(end).upos())) {
            return null;
        }
        List<String> modifiers = new ArrayList<>(2);
        int i = end - 1;
        while (i >= 0 && end - i <= MAX_PHRASE && isModifier(tokens.get(i))) {
            modifiers.add(0, tokens.get(i).lemma());
            i--;
        }
        return new CountedNoun(tokens.get(end).lemma(), modifiers, List.of(), end, last, false);
    }

    /**
     * Verbs, auxiliaries and adverbs between the phrase and its value; right before "to" or "at" also a verb
     * the tagger read as a noun ("the toll rose to 12", "death toll rises to 10").
     */
    private static boolean isVerbGroup(Token t, boolean beforeLink) {
        String upos = t.upos();
        if ("VERB".equals(upos) || "AUX".equals(upos) || "ADV".equals(upos) || "PART".equals(upos)) {
            return true;
        }
        return beforeLink && ("NOUN".equals(upos) || "ADJ".equals(upos)) && GoverningVerb.isInflectedVerb(t);
    }

    /** Words of a noun phrase with its prepositional phrases: "the death toll from the quake in Iran's south". */
    private static boolean inNounPhrase(Token t) {
        return switch (t.upos()) {
            case "NOUN", "PROPN", "ADJ", "DET", "NUM" -> true;
            case "ADP" -> !is(t, "to");
            case "PART" -> is(t, "'s") || is(t, "\u2019s");
            default -> false;
        };
    }

    private static boolean isModifier(Token t) {
        return "NOUN".equals(t.upos()) || "PROPN".equals(t.upos()) || "ADJ".equals(t.upos());
    }

    private static boolean is(Token token, String word) {
        return token.text().equalsIgnoreCase(word);
    }
}
