package io.factunit.mention.date;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence's clause boundaries, future cues and verbs, found once, so that {@link TenseCues#tense} can be
 * answered for each of its dates by binary search instead of by scanning up to {@link TenseCues#CONTEXT} chars
 * either side of every date: a sentence packed with dates cost the window times the number of dates.
 *
 * <p>The answers are exactly those of the windowed scans. The cue patterns look at most one char beyond a
 * match ({@code \b}, {@code (?=\s)}, the first-char gate), so a match lying inside a scanned region, and not
 * touching its edges, is the same match in the whole sentence; when the whole sentence's matches do not
 * overlap, a scan from any offset finds exactly those of them that lie in its region. What differs at the edges
 * is worked out with the pattern itself (a match starting at the region's start), and where a match straddles
 * an edge or an edge cuts a word, the date falls back to the windowed scan. Sentences whose matches overlap,
 * or with combining marks or surrogates (which {@code \b} reads past), always fall back.
 */
final class ClauseIndex {
    private final TenseCues tenseCues;
    private final Sentence sentence;
    private final String text;
    private final Matches boundaries;
    private final Matches cues;
    private final Matcher cueAtStart;
    private final int[] verbs;

    private ClauseIndex(TenseCues tenseCues, Sentence sentence, Matches boundaries, Matches cues, int[] verbs) {
        this.tenseCues = tenseCues;
        this.sentence = sentence;
        this.text = sentence.text();
        this.boundaries = boundaries;
        this.cues = cues;
        this.cueAtStart = tenseCues.future.matcher(text);
        this.verbs = verbs;
    }

    /** The index of a sentence, or null when its dates must be judged by the windowed scan. */
    static ClauseIndex of(TenseCues tenseCues, Sentence sentence) {
        String text = sentence.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return null;
            }
        }
        Matches boundaries = Matches.of(tenseCues.boundary, text);
        Matches cues = boundaries == null ? null : Matches.of(tenseCues.future, text);
        if (cues == null) {
            return null;
        }
        int[] verbs = new int[sentence.tokens().size()];
        int count = 0;
        for (Token token : sentence.tokens()) {
            if (token.isVerb()) {
                verbs[count++] = token.start() - sentence.start();
            }
        }
        verbs = Arrays.copyOf(verbs, count);
        Arrays.sort(verbs);
        return new ClauseIndex(tenseCues, sentence, boundaries, cues, verbs);
    }

    Sentence sentence() {
        return sentence;
    }

    /** {@link TenseCues#tense} of text[start, end) of the sentence. */
    Tense tense(int start, int end) {
        Tense tense = indexedTense(start, end);
        return tense != null ? tense : tenseCues.tense(sentence, start, end);
    }

    /** The tense worked out from the index, or null where only the windowed scan can tell. */
    Tense indexedTense(int start, int end) {
        int from = Math.max(0, start - sentence.start());
        int to = Math.min(text.length(), end - sentence.start());
        if (from > to) {
            return null;
        }
        int windowEnd = Math.min(text.length(), to + TenseCues.CONTEXT);
        int windowStart = Math.max(0, from - TenseCues.CONTEXT);
        if (boundaries.straddles(windowEnd)) {
            return null; // cut by the window, the scan may find a shorter match there
        }
        int clauseStart = windowStart;
        int last = boundaries.lastEndingBy(from);
        if (last >= 0 && boundaries.start(last) >= windowStart) {
            clauseStart = boundaries.end(last);
        }
        int clauseEnd = windowEnd;
        int nextEnd = windowEnd;
        boolean commaAfter = false;
        int after = boundaries.firstStartingFrom(to);
        if (after < boundaries.size() && boundaries.start(after) < windowEnd) {
            clauseEnd = boundaries.start(after);
            commaAfter = text.charAt(clauseEnd) == ',';
            if (after + 1 < boundaries.size() && boundaries.start(after + 1) < windowEnd) {
                nextEnd = boundaries.start(after + 1);
            }
        }
        Boolean future = hasCue(clauseStart, to);
        if (future == null) {
            return null;
        }
        if (future) {
            return Tense.FUTURE;
        }
        boolean fronted = commaAfter && !hasVerb(clauseEnd, from, to);
        if (fronted) {
            future = hasCue(clauseEnd, nextEnd);
            if (future == null) {
                return null;
            }
            if (future) {
                return Tense.FUTURE;
            }
        }
        return Tense.PAST;
    }

    /**
     * Whether the future cue pattern finds a match in text[from, to) with opaque bounds, as
     * {@code FUTURE.matcher(text).region(from, to).find()} does; null when only that scan can tell.
     */
    private Boolean hasCue(int from, int to) {
        if (to < text.length() && to > 0 && joins(text.charAt(to - 1)) && joins(text.charAt(to))) {
            return null; // the region's end cuts a word: the cut piece may match where the word does not
        }
        int first = cues.firstStartingFrom(from + 1);
        if (first < cues.size() && cues.start(first) < to && cues.end(first) >= to) {
            return null; // a match touching the end: whether it still matches there depends on the cut
        }
        if (from < to && cueAtStart.region(from, to).lookingAt()) {
            return true;
        }
        return first < cues.size() && cues.end(first) < to;
    }

    /** Chars that {@code \b} may count as part of a word: letters, digits, '_', and anything beyond ASCII. */
    private static boolean joins(char c) {
        return c >= 0x80 || c == '_' || Character.isLetterOrDigit(c);
    }

    /** Whether a verb starts in [0, clauseEnd) outside [from, to). */
    private boolean hasVerb(int clauseEnd, int from, int to) {
        return anyVerbIn(0, Math.min(from, clauseEnd)) || anyVerbIn(Math.max(to, 0), clauseEnd);
    }

    private boolean anyVerbIn(int from, int to) {
        int i = Arrays.binarySearch(verbs, from);
        if (i < 0) {
            i = -i - 1;
        } else {
            while (i > 0 && verbs[i - 1] == from) {
                i--;
            }
        }
        return i < verbs.length && verbs[i] < to;
    }

    /** Every match of a pattern in a text, when no two of them overlap: sorted by start and by end alike. */
    private record Matches(int[] starts, int[] ends) {

        /** The matches of a whole-text scan, or null when a match could also start inside another one. */
        static Matches of(Pattern pattern, String text) {
            List<int[]> found = new ArrayList<>();
            Matcher scan = pattern.matcher(text);
            Matcher inside = pattern.matcher(text).useTransparentBounds(true);
            while (scan.find()) {
                if (scan.end() == scan.start()) {
                    return null;
                }
                for (int at = scan.start() + 1; at < scan.end(); at++) {
                    if (inside.region(at, text.length()).lookingAt()) {
                        return null;
                    }
                }
                found.add(new int[] {scan.start(), scan.end()});
            }
            int[] starts = new int[found.size()];
            int[] ends = new int[found.size()];
            for (int i = 0; i < found.size(); i++) {
                starts[i] = found.get(i)[0];
                ends[i] = found.get(i)[1];
            }
            return new Matches(starts, ends);
        }

        int size() {
            return starts.length;
        }

        int start(int i) {
            return starts[i];
        }

        int end(int i) {
            return ends[i];
        }

        /** Index of the first match starting at or after an offset, or size(). */
        int firstStartingFrom(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return i >= 0 ? i : -i - 1;
        }

        /** Index of the last match ending at or before an offset, or -1. */
        int lastEndingBy(int offset) {
            int i = Arrays.binarySearch(ends, offset);
            return i >= 0 ? i : -i - 2;
        }

        /** Whether a match starts before an offset and ends after it. */
        boolean straddles(int offset) {
            int i = firstStartingFrom(offset) - 1;
            return i >= 0 && ends[i] > offset;
        }
    }
}
