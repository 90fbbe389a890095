package io.factunit.analysis;

/**
 * One token of a sentence.
 *
 * @param text  the token as written
 * @param start offset of its first character in the article text
 * @param end   offset after its last character
 * @param upos  Universal Dependencies part of speech (NOUN, PROPN, VERB, NUM, ...); "X" when untagged
 * @param lemma dictionary form for nouns and verbs, lower case; the lower-cased text otherwise
 */
public record Token(String text, int start, int end, String upos, String lemma) {

    public boolean isNoun() {
        return "NOUN".equals(upos) || "PROPN".equals(upos);
    }

    public boolean isVerb() {
        return "VERB".equals(upos) || "AUX".equals(upos);
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
