package io.factunit.check;

import io.factunit.mention.quote.QuoteWord;
import java.util.List;

/**
 * Renders an aligned pair's changes as a word diff, from the first quotation's words to the second's:
 * {@code we will [never → not] accept}. A word left out shows as {@code [never → ∅]}, one added as
 * {@code [∅ → not]}. Around each change a few shared words of context; "…" where shared words are left out.
 */
final class WordDiff {
    /** Shared words shown on each side of a change. */
    static final int CONTEXT = 3;
    static final String NOTHING = "∅";

    private WordDiff() {
    }

    static String render(QuoteAlignment alignment) {
        List<QuoteAlignment.Change> changes = alignment.changes();
        List<QuoteWord> a = alignment.a();
        StringBuilder out = new StringBuilder();
        int shownUntil = -1; // index in a after the last word shown
        int lastPiece = -1;
        for (QuoteAlignment.Change change : changes) {
            int from = Math.max(contextStart(alignment, change), shownUntil);
            if (shownUntil >= 0 && from > shownUntil) {
                out.append(" …");
            } else if (shownUntil < 0 && from > alignment.matches().get(0)[0]) {
                out.append("…");
            }
            lastPiece = appendWords(out, a, Math.max(from, 0), change.aFrom(), lastPiece);
            space(out).append('[').append(written(a, change.aFrom(), change.aTo(), lastPiece)).append(" → ")
                    .append(written(alignment.b(), change.bFrom(), change.bTo(), -1)).append(']');
            lastPiece = change.aTo() > change.aFrom() ? a.get(change.aTo() - 1).piece() : lastPiece;
            int end = Math.min(contextEnd(alignment, change), a.size());
            lastPiece = appendWords(out, a, change.aTo(), end, lastPiece);
            shownUntil = end;
        }
        int lastMatch = alignment.matches().get(alignment.matches().size() - 1)[0];
        if (shownUntil <= lastMatch) {
            out.append(" …");
        }
        return out.toString();
    }

    /** Where the context before a change starts: up to CONTEXT words back, never before the overlap. */
    private static int contextStart(QuoteAlignment alignment, QuoteAlignment.Change change) {
        int first = alignment.matches().get(0)[0];
        return Math.max(first, change.aFrom() - CONTEXT);
    }

    private static int contextEnd(QuoteAlignment alignment, QuoteAlignment.Change change) {
        int last = alignment.matches().get(alignment.matches().size() - 1)[0];
        return Math.min(last + 1, change.aTo() + CONTEXT);
    }

    /** Appends a[from, to) as written, each written piece once ("we'll" is two words of one piece). */
    private static int appendWords(StringBuilder out, List<QuoteWord> words, int from, int to, int lastPiece) {
        for (int k = from; k < to; k++) {
            QuoteWord word = words.get(k);
            if (word.piece() != lastPiece) {
                space(out).append(word.written());
                lastPiece = word.piece();
            }
        }
        return lastPiece;
    }

    /** The changed words as written; a word of a piece the context already shows ("weren't") by its form ("not"). */
    private static String written(List<QuoteWord> words, int from, int to, int shownPiece) {
        if (from >= to) {
            return NOTHING;
        }
        StringBuilder out = new StringBuilder();
        while (from < to && words.get(from).piece() == shownPiece) {
            space(out).append(words.get(from++).form());
        }
        appendWords(out, words, from, to, shownPiece);
        return out.toString();
    }

    private static StringBuilder space(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '[') {
            out.append(' ');
        }
        return out;
    }
}
