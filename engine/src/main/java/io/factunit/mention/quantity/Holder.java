package io.factunit.mention.quantity;

import io.factunit.analysis.Lemmatizer;
import io.factunit.analysis.Token;
import java.util.List;
import java.util.Set;

/**
 * Whose figure a quantity is, read from the words around it: one noun, a name as written and a common noun as
 * its lemma, in lower case; null when the sentence does not say:
 * <ul>
 *   <li>an age names its person: "Comeaux, 49," and "Reid's, 33," (the noun before the comma), "the
 *       33-year-old actress Tara Reid" (the last noun of the phrase the age modifies: "reid");</li>
 *   <li>a possessor: "Clinton's 30,000 emails", "the company's $5 billion"; a name before a figure in
 *       brackets: "North Carolina (10-0)";</li>
 *   <li>the subject of the governing verb when the verb comes first: "the Senate passed the bill 219-212",
 *       "Ty Lawson added 16 points" ("lawson": a name is known by its last word).</li>
 * </ul>
 * A pronoun ("he scored 22 points"), a relative ("which killed 12") or a count that is itself the subject
 * ("12 people died") has no holder: a guess would put two people's figures side by side.
 */
final class Holder {
    private static final int MAX_DISTANCE = 12;
    private static final Lemmatizer LEMMATIZER = new Lemmatizer();

    private Holder() {
    }

    /**
     * @param first    first token of the quantity's span (its bound, its currency sign)
     * @param counted  what it counts
     * @param verb     lemma of the governing verb, or null
     * @param age      whether the quantity is an age
     */
    static String of(List<Token> t, int first, CountedNoun counted, String verb, boolean age, Set<String> ageLeads) {
        if (age) {
            String person = apposed(t, first, ageLeads);
            person = person != null ? person : modified(t, counted.last() + 1);
            return person != null ? person : predicated(t, first, verb);
        }
        String possessor = possessor(t, first - 1);
        if (possessor != null) {
            return possessor;
        }
        if (first >= 2 && "(".equals(t.get(first - 1).text()) && t.get(first - 2).isNoun()) {
            return word(t.get(first - 2)); // "North Carolina (10-0)": a team's record
        }
        return verb == null ? null : subject(t, first, verb);
    }

    /** "Comeaux, 49", "Smith, aged 45", "Reid's, 33": the noun before the comma. */
    private static String apposed(List<Token> t, int first, Set<String> ageLeads) {
        int i = first - 1;
        while (i >= 0 && isAgeWord(t.get(i), ageLeads)) {
            i--; // "aged", "age of"
        }
        if (i < 1 || !",".equals(t.get(i).text())) {
            return null;
        }
        i--;
        String possessor = possessor(t, i);
        if (possessor != null) {
            return possessor;
        }
        return Ages.isNounOrName(t, i) ? word(t.get(i)) : null;
    }

    /**
     * The person an age is stated of as a predicate: "Russell was 91" and "Felt Dead at 95" (the name right
     * before the predicate word), "Russell died Thursday at 91" (the subject of the verb); "he" in "He was 77."
     * (the pronoun as written, which the finder resolves or drops).
     */
    private static String predicated(List<Token> t, int first, String verb) {
        int predicate = first - 1;
        if (predicate >= 1 && "ADP".equals(t.get(predicate).upos())) {
            predicate--; // "at"
        }
        if (predicate >= 1) {
            Token subject = t.get(predicate - 1);
            if (subject.isNoun()) {
                return word(subject);
            }
            if ("PRON".equals(subject.upos())) {
                return subject.word().lowerCase();
            }
        }
        return verb == null ? null : subject(t, first, verb);
    }

    /** "33-year-old actress Tara Reid": the last noun of the noun phrase after the age. */
    private static String modified(List<Token> t, int from) {
        int i = from;
        while (i < t.size() && "ADJ".equals(t.get(i).upos())) {
            i++;
        }
        String last = null;
        while (i < t.size() && t.get(i).isNoun()) {
            last = word(t.get(i));
            i++;
        }
        return last;
    }

    /** The noun before a possessive "'s" at {@code index}, or null. */
    private static String possessor(List<Token> t, int index) {
        if (index < 1 || !isPossessive(t.get(index))) {
            return null;
        }
        Token owner = t.get(index - 1);
        return owner.isNoun() ? word(owner) : null;
    }

    /** The noun right before the governing verb (over auxiliaries and adverbs), when the verb precedes the count. */
    private static String subject(List<Token> t, int first, String verb) {
        int v = -1;
        for (int k = first - 1; k >= 0 && k >= first - MAX_DISTANCE; k--) {
            Token token = t.get(k);
            if (verb.equals(token.lemma()) || verb.equals(LEMMATIZER.lemma(token.word(), "VERB"))) {
                v = k;
                break;
            }
        }
        for (int k = v - 1; k >= 0; k--) {
            Token token = t.get(k);
            if (token.isNoun()) {
                return word(token);
            }
            String upos = token.upos();
            if (!"AUX".equals(upos) && !"ADV".equals(upos) && !"PART".equals(upos)) {
                return null;
            }
        }
        return null;
    }

    /**
     * A capitalised word as written, in lower case ("gomes", "jays": not a plural's lemma, and the same however
     * the tagger read it); a common noun as its lemma.
     */
    private static String word(Token token) {
        return token.isCapitalised() ? token.word().lowerCase() : token.lemma();
    }

    /** A word between an apposed noun's comma and its age: "aged", "age" ({@code age-word.txt}), "the ... of". */
    static boolean isAgeWord(Token token, Set<String> ageLeads) {
        String s = token.text();
        return ageLeads.contains(s) || s.equalsIgnoreCase("of") || s.equalsIgnoreCase("the");
    }

    private static boolean isPossessive(Token token) {
        String s = token.text();
        return s.equals("'s") || s.equals("\u2019s") || s.equals("'") || s.equals("\u2019");
    }
}
