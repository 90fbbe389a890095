package io.factunit.analysis;

import java.util.Collection;
import java.util.Set;

/**
 * The words, lower case, that make a sentence worth tagging: the words the mention finders start from
 * (number words, calendar and time words, units of time, "he" and "she"). The analyser knows no finder; it
 * is given them ({@code MentionFinders.anchorWords}) with each text to analyse. Digits, quote marks and
 * capitalised words are anchors whatever the words ({@link TaggingAnchors}).
 */
public record AnchorWords(Set<String> words) {
    /** No words: only digits, quote marks and capitalised words get a sentence tagged. */
    public static final AnchorWords NONE = new AnchorWords(Set.of());

    public AnchorWords {
        words = Set.copyOf(words);
    }

    /** The words as given: lower case, as a sentence's words are looked up. */
    public static AnchorWords of(Collection<String> words) {
        return new AnchorWords(Set.copyOf(words));
    }
}
