package io.factunit.analysis.nlp;

/** A half-open range [start, end) of char offsets into the text a port was given: a sentence or a token. */
public record Range(int start, int end) {
}
