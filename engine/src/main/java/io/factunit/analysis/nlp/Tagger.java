package io.factunit.analysis.nlp;

/**
 * Tags the tokens of one sentence with Universal Dependencies parts of speech ("NOUN", "PROPN", ...); the UD
 * models tag a word holding a possessive with both ("PROPN+PART"). Not thread-safe: {@link NlpTools#tagger()}
 * gives each thread its own.
 */
public interface Tagger {
    /** One tag per word, in order. */
    String[] tag(String[] words);
}
