package io.factunit.analysis;

/**
 * One token of a sentence.
 *
 * @param word  the token as written, shared with every token of the same text ({@link Word})
 * @param start offset of its first character in the article text
 * @param end   offset after its last character
 * @param upos  Universal Dependencies part of speech (NOUN, PROPN, VERB, NUM, ...); "X" when untagged
 * @param lemma dictionary form for nouns and verbs, lower case; the lower-cased text otherwise
 */
public record Token(Word word, int start, int end, String upos, String lemma) {

    /** The token as written. */
    public String text() {
        return word.text();
    }

    public boolean isNoun() {
        return "NOUN".equals(upos) || "PROPN".equals(upos);
    }

    public boolean isVerb() {
        return "VERB".equals(upos) || "AUX".equals(upos);
    }

    public boolean isCapitalised() {
        String text = word.text();
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
