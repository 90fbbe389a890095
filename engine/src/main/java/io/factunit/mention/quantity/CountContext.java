package io.factunit.mention.quantity;

import io.factunit.analysis.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * What the words around a count add to what it counts: the noun of the count before it when a coordinated clause
 * leaves it out ("killed 12 people and injured 30"), what "others" are, words before the number that modify the
 * count ("another 5"), and the noun a number completes after "of" ("a mother of two").
 */
final class CountContext {
    private CountContext() {
    }

    /**
     * "killed 12 people and injured 30", "12 people died and 30 were hurt": a count in a coordinated clause
     * with no noun of its own counts what the count just before it does. "30 others" after a count with
     * another verb are the rest, with no noun of their own ("killed 12 soldiers and wounded 30 others": not
     * only soldiers); with the same verb they are more of the same ("7 died and 5 others died later"), a
     * partial count, and keep their head.
     */
    static CountedNoun elided(List<Token> t, int spanFirst, CountedNoun counted, String verb, CountedNoun antecedent,
                              String antecedentVerb) {
        boolean others = isOthers(t, counted);
        if (verb == null || counted.head() != null && !others || !coordinated(t, spanFirst)) {
            return counted;
        }
        if (others) {
            // "killed 12 people and injured 30 others": others than those, named no more than "people"
            return antecedentVerb == null || verb.equals(antecedentVerb) ? counted : CountedNoun.none(counted.last());
        }
        if (antecedent == null) {
            return counted;
        }
        List<String> modifiers = new ArrayList<>(antecedent.modifiers());
        modifiers.addAll(counted.modifiers());
        return new CountedNoun(antecedent.head(), modifiers, antecedent.alsoCounts(), antecedent.headIndex(),
                counted.last(), false);
    }

    /** "another 5 people", "the other 12", "an additional 30": words before the number modify the count too. */
    static CountedNoun withModifiersBefore(QuantityWords words, List<Token> t, int spanFirst, CountedNoun counted) {
        List<String> before = new ArrayList<>(0);
        for (int i = spanFirst - 1; i >= 0 && i >= spanFirst - 2; i--) {
            Token token = t.get(i);
            if (words.determiners.contains(token.text()) || !"ADJ".equals(token.upos()) && !"DET".equals(token.upos())) {
                break;
            }
            before.add(0, token.word().lowerCase());
        }
        if (before.isEmpty()) {
            return counted;
        }
        before.addAll(counted.modifiers());
        return new CountedNoun(counted.head(), before, counted.alsoCounts(), counted.headIndex(), counted.last(),
                counted.headIsParticiple());
    }

    /**
     * "mother of 2 dead", "a family of five injured": after "noun of", a number with an adjective for its head
     * completes that noun, and the adjective says what happened to it.
     */
    static boolean completesNoun(List<Token> t, int spanFirst, CountedNoun counted) {
        return counted.headIndex() >= 0 && counted.modifiers().isEmpty() && spanFirst >= 2 && is(t, spanFirst - 1, "of")
                && t.get(spanFirst - 2).isNoun() && !t.get(counted.headIndex()).isNoun();
    }

    static boolean isOthers(List<Token> t, CountedNoun counted) {
        return counted.headIndex() >= 0 && counted.modifiers().isEmpty() && is(t, counted.headIndex(), "others");
    }

    /** ", and 30 were hurt", "and (seriously) injured 30": the count opens, or follows the verb of, a new conjunct. */
    private static boolean coordinated(List<Token> t, int spanFirst) {
        int i = spanFirst - 1;
        int verbs = 0;
        while (i >= 0 && verbs < 3 && (t.get(i).isVerb() || "ADV".equals(t.get(i).upos())
                || "ADJ".equals(t.get(i).upos()))) {
            i--;
            verbs++;
        }
        return i >= 0 && (is(t, i, ",") || "CCONJ".equals(t.get(i).upos()) && (is(t, i, "and") || is(t, i, "or")));
    }

    private static boolean is(List<Token> t, int i, String word) {
        return t.get(i).text().equalsIgnoreCase(word);
    }
}
