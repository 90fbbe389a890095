package io.factunit.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Lookups over an article's sentences, in order of their starts, that cost no more than the text: finders
 * call them once per mention or sentence, so a scan per call would make a one-line article quadratic.
 */
public final class Sentences {
    private Sentences() {
    }

    /**
     * Index of the last sentence starting at or before {@code offset}, or 0 when none does: the sentence a
     * mention at that offset belongs to. A binary search over the starts.
     */
    public static int at(List<Sentence> sentences, int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        int found = 0;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (sentences.get(middle).start() <= offset) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    /**
     * The sentences split into paragraphs: a paragraph ends where a line break lies between one sentence's end
     * and the next one's start. Only those gaps are read, so the text is read at most once in all.
     */
    public static List<List<Sentence>> paragraphs(CharSequence text, List<Sentence> sentences) {
        List<List<Sentence>> paragraphs = new ArrayList<>();
        int first = 0;
        for (int next = 1; next <= sentences.size(); next++) {
            if (next == sentences.size() || lineBreakBetween(text, sentences.get(next - 1).end(),
                    sentences.get(next).start())) {
                paragraphs.add(sentences.subList(first, next));
                first = next;
            }
        }
        return paragraphs;
    }

    private static boolean lineBreakBetween(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }
}
