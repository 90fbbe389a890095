package io.factunit.analysis.nlp;

/**
 * Splits a paragraph into sentences. Not thread-safe: {@link NlpTools#sentenceDetector()} gives each thread
 * its own.
 */
public interface SentenceDetector {
    /** The sentences of {@code paragraph} in order, with no whitespace at either end; none is empty. */
    Range[] sentences(String paragraph);
}
