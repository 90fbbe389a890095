package io.factunit.mention.date;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.analysis.Word;
import io.factunit.article.FirstChars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/** Applies the {@link DatePatterns} to a paragraph, only where an anchor word makes a match possible. */
final class DateScanner {

    /** A parsed expression at [start, end) of the text. */
    record Candidate(int start, int end, DateExpression expression) {
    }

    private final DatePatterns patterns;
    private final WordKinds kinds;
    /** The most words any rule puts before its first anchor word. */
    private final int maxLead;

    DateScanner(MentionWords words) {
        this.patterns = words.datePatterns;
        this.kinds = words.kinds;
        this.maxLead = patterns.rules.stream().mapToInt(DatePatterns.Rule::lead).max().orElse(0);
        if (patterns.rules.size() > Long.SIZE) {
            throw new IllegalStateException("the start mask holds " + Long.SIZE + " date rules at most");
        }
    }

    /** The rules that may start a match at a word ({@link #startMask}), kept in the word. */
    private static final Word.OwnedFact<DatePatterns, Long> STARTS = Word.OwnedFact.of(DateScanner::startMask);

    /**
     * The expressions in a paragraph, longest first where they overlap, in text order. Every expression holds
     * an anchor word (digit, month, weekday, time word: {@link WordKinds#DATE_ANCHORS}) and starts a few words
     * before one at most (the rule's lead), so each pattern is only tried, anchored, at those word starts: the
     * cost grows with the number of anchor words, not with the length of the text.
     */

    List<Candidate> find(CharSequence text, List<Sentence> paragraph) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence sentence : paragraph) {
            tokens.addAll(sentence.tokens());
        }
        int[] toAnchor = new int[tokens.size()];
        int anchors = 0;
        int distance = Integer.MAX_VALUE;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            int anchor = kinds.of(tokens.get(i)) & WordKinds.DATE_ANCHORS;
            anchors |= anchor;
            distance = anchor != 0 ? 0 : distance == Integer.MAX_VALUE ? distance : distance + 1;
            toAnchor[i] = distance;
        }
        if (anchors == 0) {
            return List.of();
        }
        int end = paragraph.get(paragraph.size() - 1).end();
        Matcher[] matchers = new Matcher[patterns.rules.size()];
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (toAnchor[i] > maxLead) {
                continue; // too far before any anchor word for every rule: most tokens of a paragraph
            }
            long starts = STARTS.of(tokens.get(i).word(), patterns);
            for (int r = 0; r < patterns.rules.size(); r++) {
                DatePatterns.Rule rule = patterns.rules.get(r);
                if ((starts & (1L << r)) == 0 || toAnchor[i] > rule.lead()
                        || (anchors & rule.anchors()) != rule.anchors()) {
                    continue;
                }
                if (matchers[r] == null) {
                    matchers[r] = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                Matcher m = matchers[r].region(tokens.get(i).start(), end);
                if (m.lookingAt()) {
                    DateExpression expression = rule.parse().apply(m);
                    if (expression != null) {
                        all.add(new Candidate(m.start("x"), m.end("x"), expression));
                    }
                }
            }
        }
        return ClockAnchors.anchor(text, longestFirst(all));
    }

    /**
     * The rules that may match starting at a token with this text (a token's text is the text at its offsets),
     * as bits by rule index. A rule is tried on the word alone: if it fails before reading past the word's end
     * ({@link Matcher#hitEnd()}), it fails on any text that starts with the word, since the regex engine
     * reads on only as far as it must ({@link FirstChars#mayStart}); the rules hold no positive lookbehind,
     * which that probe could not satisfy ({@code DateScannerTest}). Most words near an anchor start no rule,
     * and each word is worked out once.
     */
    static long startMask(DatePatterns patterns, String word) {
        long candidates = word.isEmpty() || word.charAt(0) >= DatePatterns.FIRST_CHARS ? -1L
                : byFirstChar(patterns, word.charAt(0));
        long mask = 0;
        for (long left = candidates & allRules(patterns); left != 0; left &= left - 1) {
            int r = Long.numberOfTrailingZeros(left);
            if (FirstChars.mayStart(patterns.rules.get(r).pattern(), word)) {
                mask |= 1L << r;
            }
        }
        return mask;
    }

    /**
     * The rules that may start at a word beginning with an ASCII char: a rule that fails on the char alone
     * without reading past it fails on every word starting with it, so only these are probed on the whole
     * word. A story of thousands of distinct figures probes each new figure.
     */
    private static long byFirstChar(DatePatterns patterns, char c) {
        Long mask = patterns.startsByFirstChar[c];
        if (mask == null) {
            mask = probeAll(patterns, String.valueOf(c));
            patterns.startsByFirstChar[c] = mask; // the same value whichever thread works it out first
        }
        return mask;
    }

    /** The start mask with every rule probed, as the reference of {@link #startMask}. */
    static long probeAll(DatePatterns patterns, String word) {
        long mask = 0;
        for (int r = 0; r < patterns.rules.size(); r++) {
            if (FirstChars.mayStart(patterns.rules.get(r).pattern(), word)) {
                mask |= 1L << r;
            }
        }
        return mask;
    }

    private static long allRules(DatePatterns patterns) {
        return patterns.rules.size() == Long.SIZE ? -1L : (1L << patterns.rules.size()) - 1;
    }

    private static List<Candidate> longestFirst(List<Candidate> all) {
        all.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(c -> c.start() - c.end()));
        List<Candidate> chosen = new ArrayList<>();
        int covered = -1;
        for (Candidate candidate : all) {
            if (candidate.start() >= covered) {
                chosen.add(candidate);
                covered = candidate.end();
            }
        }
        return chosen;
    }
}
