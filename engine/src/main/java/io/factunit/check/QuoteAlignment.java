package io.factunit.check;

import io.factunit.mention.quote.QuoteWord;
import java.util.ArrayList;
import java.util.List;

/**
 * Two quotations aligned word by word: the longest common subsequence of their words ({@link
 * QuoteWord#sameAs}), and between matched words the stretches where they differ. Only the overlap is
 * compared, from the first shared word to the last: one outlet quoting less is no change (but one or two
 * different words at an end of both quotes are a change). A stretch with an
 * ellipsis or a bracketed insertion on either side is a faithful edit, not a change, and so is one whose
 * words are the same letters written apart or together ("end game", "endgame").
 *
 * @param a       the first quotation's words
 * @param b       the second's
 * @param matches matched word indices, {index in a, index in b}, in order
 * @param changes the stretches that differ, in order
 */
record QuoteAlignment(List<QuoteWord> a, List<QuoteWord> b, List<int[]> matches, List<Change> changes) {

    /** Words a[aFrom, aTo) became b[bFrom, bTo); one side may be empty (a word left out or added). */
    record Change(int aFrom, int aTo, int bFrom, int bTo) {
        int size() {
            return Math.max(aTo - aFrom, bTo - bFrom);
        }
    }

    /** Quotations longer than this are not aligned: the table would be too big, and such a span is rarely one quote. */
    static final int MAX_WORDS = 400;
    /** Unshared words at an end of both quotes that are still a change rather than a cut. */
    private static final int EDGE_WORDS = 2;

    static QuoteAlignment of(List<QuoteWord> a, List<QuoteWord> b) {
        int n = a.size();
        int m = b.size();
        // lcs[i][j]: longest common subsequence of a[i..] and b[j..]
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).sameAs(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> matches = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).sameAs(b.get(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                matches.add(new int[] {i++, j++});
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        matches = slideEdges(a, b, matches);
        List<Change> changes = new ArrayList<>();
        if (!matches.isEmpty()) {
            int[] first = matches.get(0);
            edge(a, b, 0, first[0], 0, first[1], changes);
        }
        for (int k = 1; k < matches.size(); k++) {
            int[] before = matches.get(k - 1);
            int[] after = matches.get(k);
            int aFrom = before[0] + 1;
            int bFrom = before[1] + 1;
            if ((aFrom < after[0] || bFrom < after[1]) && !hasGap(a, aFrom, after[0]) && !hasGap(b, bFrom, after[1])
                    && !joined(a, aFrom, after[0]).equals(joined(b, bFrom, after[1]))) {
                changes.add(new Change(aFrom, after[0], bFrom, after[1]));
            }
        }
        if (!matches.isEmpty()) {
            int[] last = matches.get(matches.size() - 1);
            edge(a, b, last[0] + 1, n, last[1] + 1, m, changes);
        }
        return new QuoteAlignment(a, b, List.copyOf(matches), List.copyOf(changes));
    }

    /**
     * Words before the first shared word or after the last are a change only when both quotes have one or
     * two of them ("a sad time for the [family → company]"); otherwise one quote goes on where the other
     * stopped, which is a quote cut shorter.
     */
    private static void edge(List<QuoteWord> a, List<QuoteWord> b, int aFrom, int aTo, int bFrom, int bTo,
                             List<Change> changes) {
        boolean both = aTo - aFrom >= 1 && aTo - aFrom <= EDGE_WORDS && bTo - bFrom >= 1 && bTo - bFrom <= EDGE_WORDS;
        if (both && !hasGap(a, aFrom, aTo) && !hasGap(b, bFrom, bTo) && !joined(a, aFrom, aTo).equals(joined(b, bFrom, bTo))) {
            changes.add(new Change(aFrom, aTo, bFrom, bTo));
        }
    }

    /**
     * The alignment with a lone shared word at either end moved next to the words it belongs with: in
     * "whatever the motives of the arsonist, the governor has..." against "the governor has...", the first
     * "the" matched first would make the cut-off words a change; the second "the" is the same word, and with
     * it the quote is only cut shorter.
     */
    private static List<int[]> slideEdges(List<QuoteWord> a, List<QuoteWord> b, List<int[]> found) {
        List<int[]> matches = new ArrayList<>(found);
        if (matches.size() < 2) {
            return matches;
        }
        int[] first = matches.get(0);
        int[] next = matches.get(1);
        if (next[1] == first[1] + 1 && next[0] - 1 > first[0] && a.get(next[0] - 1).sameAs(b.get(first[1]))) {
            matches.set(0, new int[] {next[0] - 1, first[1]});
        } else if (next[0] == first[0] + 1 && next[1] - 1 > first[1] && b.get(next[1] - 1).sameAs(a.get(first[0]))) {
            matches.set(0, new int[] {first[0], next[1] - 1});
        }
        int end = matches.size() - 1;
        int[] last = matches.get(end);
        int[] before = matches.get(end - 1);
        if (last[1] == before[1] + 1 && before[0] + 1 < last[0] && a.get(before[0] + 1).sameAs(b.get(last[1]))) {
            matches.set(end, new int[] {before[0] + 1, last[1]});
        } else if (last[0] == before[0] + 1 && before[1] + 1 < last[1] && b.get(before[1] + 1).sameAs(a.get(last[0]))) {
            matches.set(end, new int[] {last[0], before[1] + 1});
        }
        return matches;
    }

    /** The forms written together: "end game" and "endgame", "e-mail" and "email", "p.m." and "pm" are one spelling. */
    private static String joined(List<QuoteWord> words, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            out.append(words.get(k).form());
        }
        return out.toString();
    }

    private static boolean hasGap(List<QuoteWord> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (words.get(k).gap()) {
                return true;
            }
        }
        return false;
    }

    int shared() {
        return matches.size();
    }

    /** Words changed, counting the longer side of each change. */
    int changedWords() {
        return changes.stream().mapToInt(Change::size).sum();
    }

    /** The alignment with the quotations' roles swapped. */
    QuoteAlignment reversed() {
        return new QuoteAlignment(b, a, matches.stream().map(p -> new int[] {p[1], p[0]}).toList(),
                changes.stream().map(c -> new Change(c.bFrom(), c.bTo(), c.aFrom(), c.aTo())).toList());
    }
}
