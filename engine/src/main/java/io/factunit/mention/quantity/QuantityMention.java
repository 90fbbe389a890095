package io.factunit.mention.quantity;

import io.factunit.mention.Mention;
import java.util.List;

/**
 * A number in the text with what it counts. The span covers the number expression as written with the words
 * that bound it ("nearly 20,000", "a total of 240", "100 Israelis and others"), but not the counted noun
 * otherwise.
 *
 * @param head       lemma of the noun counted ("prisoner" for "240 Palestinian prisoners"); for a participle or
 *                   adjective used as a noun, that word as written ("displaced"); null if none
 * @param verb       lemma of the verb governing it ("release" in "Israel released 240 prisoners"); null if none
 * @param modifiers  lemmas of the words between number and head ("palestinian")
 * @param alsoCounts lemmas of plural nouns coordinated with the head, which the number counts together with it
 *                   ("minor" in "240 Palestinian women and minors"); empty if none
 * @param holder     whose figure it is, lower case: the possessor ("clinton" in "Clinton's 30,000 emails"), the
 *                   person an age is given for ("reid" in "Tara Reid, 33,"), or the subject of a governing verb
 *                   that comes first ("senate" in "the Senate passed the bill 219-212"); null if the sentence
 *                   does not say ({@link Holder})
 * @param partitive  true when the number counts part of a group named after "of" ("one of the fatalities", "240 of
 *                   the prisoners", "five of them"): what happened to the part is said by the verb, not the head
 * @param pronoun    true when the holder is a third-person pronoun ("he" in "He was 77."): a person named before,
 *                   whom the claim stage, which sees the article's people, resolves
 */
public record QuantityMention(int start, int end, String text, int sentence, Quantity value,
                              String head, String verb, List<String> modifiers, List<String> alsoCounts,
                              String holder, boolean partitive, boolean pronoun)
        implements Mention {
    public QuantityMention {
        modifiers = List.copyOf(modifiers);
        alsoCounts = List.copyOf(alsoCounts);
    }

    /** A mention whose holder is not known, counting a whole, not a part of a group. */
    public QuantityMention(int start, int end, String text, int sentence, Quantity value,
                           String head, String verb, List<String> modifiers, List<String> alsoCounts) {
        this(start, end, text, sentence, value, head, verb, modifiers, alsoCounts, null, false, false);
    }

    /** A mention that counts one kind of thing only. */
    public QuantityMention(int start, int end, String text, int sentence, Quantity value,
                           String head, String verb, List<String> modifiers) {
        this(start, end, text, sentence, value, head, verb, modifiers, List.of(), null, false, false);
    }

    /** A mention with a holder the sentence names, or none. */
    public QuantityMention(int start, int end, String text, int sentence, Quantity value, String head, String verb,
                           List<String> modifiers, List<String> alsoCounts, String holder, boolean partitive) {
        this(start, end, text, sentence, value, head, verb, modifiers, alsoCounts, holder, partitive, false);
    }

    @Override
    public String kind() {
        return "quantity";
    }

    /** Whether the figure is an age ("51-year-old", "Comeaux, 49,", "She was 85."). */
    public boolean isAge() {
        return Ages.isAge(head);
    }

    /** Whether the number counts things of this lemma, as head or as a coordinated noun. */
    public boolean counts(String lemma) {
        return lemma.equals(head) || alsoCounts.contains(lemma);
    }
}
