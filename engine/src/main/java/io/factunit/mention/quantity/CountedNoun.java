package io.factunit.mention.quantity;

import io.factunit.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a number counts, read from the words after it: "240 Palestinian prisoners" counts "prisoner" with
 * modifier "palestinian"; "240 Palestinian women and minors" counts "woman" and also "minor"; "1.9 million
 * displaced" has no noun, so the participle used as a noun, "displaced", is the head.
 *
 * @param head       lemma of the counted noun, or null
 * @param modifiers  lemmas of adjectives and compound nouns between number and head (participles as written)
 * @param alsoCounts lemmas of plural nouns coordinated with the head
 * @param headIndex  token index of the head, or -1
 * @param last       index of the last token read as part of the counted phrase (the number's last token if none)
 * @param headIsParticiple true when the head is a verb form used as a noun ("displaced", "injured")
 */
record CountedNoun(String head, List<String> modifiers, List<String> alsoCounts, int headIndex, int last,
                   boolean headIsParticiple) {

    private static final int MAX_MODIFIERS = 5;

    static CountedNoun none(int last) {
        return new CountedNoun(null, List.of(), List.of(), -1, last, false);
    }

    /**
     * Reads the counted noun starting at token {@code from}.
     *
     * @param vague  true after "thousands", where "of" introduces the counted noun
     * @param plural true when the number is not one, so its noun phrase is plural
     */
    static CountedNoun find(QuantityWords words, List<Token> tokens, int from, boolean vague, boolean plural) {
        int n = tokens.size();
        int i = from;
        if (i + 1 < n && isClosingQuote(tokens.get(i)) && is(tokens.get(i + 1), "of")) {
            i++; // “thousands” of prisoners
        }
        if (i < n && is(tokens.get(i), "of")) {
            if (vague) {
                i++;
            } else if (i + 1 < n && words.partitiveDeterminers.contains(tokens.get(i + 1).text())) {
                i += 2; // "240 of the prisoners"
            } else {
                return none(from - 1);
            }
        }
        List<String> modifiers = new ArrayList<>(2);
        int limit = Math.min(n, i + MAX_MODIFIERS + 1);
        int lastModifier = -1;
        for (; i < limit; i++) {
            Token token = tokens.get(i);
            Token next = i + 1 < n ? tokens.get(i + 1) : null;
            if (token.isNoun()) {
                // A singular noun before another noun is part of a compound: "aid trucks", "Hamas fighters".
                // A plural one ends the phrase: "the 129 captives Hamas still holds".
                if (next != null && "NOUN".equals(next.upos()) && !isPlural(token)) {
                    modifiers.add(token.lemma());
                    continue;
                }
                if (plural && next != null && "VERB".equals(next.upos()) && !isPlural(token)
                        && next.text().endsWith("s") && !next.text().endsWith("ss")) {
                    // "300 aid trucks" tagged noun + verb: a count above one cannot take a singular verb
                    modifiers.add(token.lemma());
                    return withCoordinated(words, tokens, next.lemma(), modifiers, i + 1);
                }
                return withCoordinated(words, tokens, token.lemma(), modifiers, i);
            }
            if ("ADJ".equals(token.upos())) {
                modifiers.add(token.lemma());
                lastModifier = i;
            } else if ("VERB".equals(token.upos()) && isParticiple(token.text())) {
                modifiers.add(lower(token.text()));
                lastModifier = i;
            } else if (!("ADV".equals(token.upos()) && next != null
                    && ("ADJ".equals(next.upos()) || "VERB".equals(next.upos())))) {
                break; // an adverb is kept only inside "severely injured"
            }
        }
        // No noun: an adjective or participle used as one ("1.9 million displaced", "30 injured").
        if (lastModifier >= 0 && lastModifier == i - 1 && modifiers.size() == 1) {
            String head = modifiers.get(0);
            if (words.notCounted.contains(head)) {
                // "240 more": no head, but "more" still says the count is added to another
                return new CountedNoun(null, List.of(lower(tokens.get(lastModifier).text())), List.of(), -1, from - 1,
                        false);
            }
            boolean participle = "VERB".equals(tokens.get(lastModifier).upos());
            return new CountedNoun(head, List.of(), List.of(), lastModifier, lastModifier, participle);
        }
        return none(from - 1);
    }

    /**
     * "240 of the prisoners", "one of the fatalities", "five of them": the number after {@code from - 1} counts part
     * of a group named after "of".
     */
    static boolean isPartitive(QuantityWords words, List<Token> tokens, int from) {
        int i = from;
        if (i + 1 < tokens.size() && isClosingQuote(tokens.get(i))) {
            i++;
        }
        return i + 1 < tokens.size() && is(tokens.get(i), "of")
                && (words.partitiveDeterminers.contains(tokens.get(i + 1).text())
                    || "PRON".equals(tokens.get(i + 1).upos()));
    }

    /** Adds plural nouns coordinated with the head: "women and minors", "women, children and elderly men". */
    private static CountedNoun withCoordinated(QuantityWords words, List<Token> tokens, String head, List<String> modifiers,
                                               int headIndex) {
        int n = tokens.size();
        List<String> also = new ArrayList<>(0);
        List<String> pending = new ArrayList<>(0);
        int last = headIndex;
        int j = headIndex + 1;
        while (j < n) {
            boolean comma = ",".equals(tokens.get(j).text());
            int k = j;
            if (comma) {
                k++;
            }
            boolean conjunction = k < n && isConjunction(tokens.get(k));
            if (conjunction) {
                k++;
            }
            if (!comma && !conjunction) {
                break;
            }
            if (words.bounds.after(tokens, conjunction ? k - 1 : k) != null) {
                break; // "and others": a bound, not another noun
            }
            int adjectives = 0;
            while (k < n && "ADJ".equals(tokens.get(k).upos()) && adjectives < 3) {
                k++;
                adjectives++;
            }
            if (k >= n || !"NOUN".equals(tokens.get(k).upos()) || !isPlural(tokens.get(k))
                    || words.numbers.isNumberWord(tokens.get(k))) {
                break; // "dozens of people and hundreds of others": another quantity, not another noun
            }
            pending.add(tokens.get(k).lemma());
            if (conjunction) {
                also.addAll(pending);
                pending.clear();
                last = k;
                break;
            }
            j = k + 1;
        }
        return new CountedNoun(head, modifiers, also, headIndex, last, false);
    }

    /** Inflected for number: the lemma differs from the word ("prisoners", "children"). */
    static boolean isPlural(Token token) {
        return !token.lemma().equalsIgnoreCase(token.text());
    }

    private static boolean isParticiple(String word) {
        return word.endsWith("ed") || word.endsWith("en") || word.endsWith("ing");
    }

    private static boolean isConjunction(Token token) {
        return "CCONJ".equals(token.upos()) && (is(token, "and") || is(token, "or"));
    }

    static boolean isClosingQuote(Token token) {
        String t = token.text();
        return t.length() == 1 && "\"\u201D\u2019'".indexOf(t.charAt(0)) >= 0;
    }

    private static boolean is(Token token, String word) {
        return token.text().equalsIgnoreCase(word);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
