package io.factunit.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which sentences need part-of-speech tags: only those where a mention finder can find something.
 * Every finder starts from an anchor: a digit (quantities, dates), a number word, a date or duration word, a
 * double quote mark (quotes), "he"/"she" (who a quote's pronoun points to), or a capitalised word (names,
 * titles). A capitalised first word counts only when the article also writes it capitalised inside a
 * sentence, which is how surname-only references ("Haniyeh said.") are kept while "The talks ended." is not.
 * Tagging is the most expensive step of the pipeline, so a sentence without an anchor keeps its tokens but
 * gets no tags. The anchor words are the finders' own ({@link AnchorWords}): each finder names the words it
 * starts from, and whoever runs the finders hands their union to the analyser.
 */
public final class TaggingAnchors {
    private final Set<String> words;
    private final List<String> sentences;
    /** Capitalised words written inside a sentence; gathered on first need, which most articles never have. */
    private Set<String> namesInside;

    private TaggingAnchors(Set<String> words, List<String> sentences) {
        this.words = words;
        this.sentences = sentences;
    }

    /** The anchors of one article or text, given all its sentences. Not thread-safe: one per article. */
    static TaggingAnchors of(AnchorWords anchorWords, List<String> sentences) {
        return new TaggingAnchors(anchorWords.words(), sentences);
    }

    private Set<String> namesInside() {
        if (namesInside == null) {
            namesInside = new HashSet<>();
            for (String sentence : sentences) {
                int word = 0;
                int i = 0;
                while (i < sentence.length()) {
                    if (!Character.isLetter(sentence.charAt(i))) {
                        i++;
                        continue;
                    }
                    int end = wordEnd(sentence, i);
                    if (word++ > 0 && Character.isUpperCase(sentence.charAt(i))) {
                        namesInside.add(sentence.substring(i, end));
                    }
                    i = end;
                }
            }
        }
        return namesInside;
    }

    /** True when a mention finder may find something in this sentence, so its tokens need tags. */
    boolean needsTags(String sentence) {
        // Most sentences hold a digit, a quote mark or a capitalised word after the first: found by looking at
        // chars alone, before any word is copied and looked up.
        return hasDigitQuoteOrInnerCapital(sentence) || hasAnchorWord(sentence);
    }

    private static boolean hasDigitQuoteOrInnerCapital(String sentence) {
        int word = 0;
        int i = 0;
        while (i < sentence.length()) {
            char c = sentence.charAt(i);
            if (Character.isDigit(c) || isDoubleQuote(c)) {
                return true;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            if (word++ > 0 && Character.isUpperCase(c)) {
                return true;
            }
            i = wordEnd(sentence, i);
        }
        return false;
    }

    /** A listed anchor word, or a capitalised first word the article also writes inside a sentence. */
    private boolean hasAnchorWord(String sentence) {
        int word = 0;
        int i = 0;
        String capitalisedFirst = null;
        while (i < sentence.length()) {
            if (!Character.isLetter(sentence.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(sentence, i);
            if (word++ == 0 && Character.isUpperCase(sentence.charAt(i))) {
                capitalisedFirst = sentence.substring(i, end);
            }
            if (words.contains(sentence.substring(i, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
            i = end;
        }
        // Asked last: a capitalised first word counts only if the article also writes it inside a sentence.
        return capitalisedFirst != null && namesInside().contains(capitalisedFirst);
    }

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201F' || c == '\u2033' || c == '\u00AB'
                || c == '\u00BB' || c == '\u201E';
    }
}
