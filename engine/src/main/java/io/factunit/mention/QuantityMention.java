package io.factunit.mention;

import java.util.List;

/**
 * A number in the text with what it counts.
 *
 * @param head      lemma of the noun counted ("prisoner" for "240 Palestinian prisoners"); null if none
 * @param verb      lemma of the verb governing it ("release" in "Israel released 240 prisoners"); null if none
 * @param modifiers lemmas of the words between number and head ("palestinian")
 * @param alsoCounts lemmas of nouns coordinated with the head ("minor" in "240 women and minors")
 */
public record QuantityMention(int start, int end, String text, int sentence, Quantity value,
                              String head, String verb, List<String> modifiers, List<String> alsoCounts)
        implements Mention {
    public QuantityMention {
        modifiers = List.copyOf(modifiers);
        alsoCounts = List.copyOf(alsoCounts);
    }

    @Override
    public String kind() {
        return "quantity";
    }
}
