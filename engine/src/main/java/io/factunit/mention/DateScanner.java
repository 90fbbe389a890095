package io.factunit.mention;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.analysis.Word;
import io.factunit.article.FirstChars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies the {@link DatePatterns} to a paragraph, only where an anchor word makes a match possible. */
final class DateScanner {

    /** A parsed expression at [start, end) of the text. */
    record Candidate(int start, int end, DateExpression expression) {
    }

    private DateScanner() {
    }

    /**
     * The expressions in a paragraph, longest first where they overlap, in text order. Every expression holds
     * an anchor word (digit, month, weekday, time word: {@link DateVocabulary#anchor}) and starts a few words
     * before one at most (the rule's lead), so each pattern is only tried, anchored, at those word starts: the
     * cost grows with the number of anchor words, not with the length of the text.
     */
    /** The most words any rule puts before its first anchor word. */
    private static final int MAX_LEAD = DatePatterns.RULES.stream().mapToInt(DatePatterns.Rule::lead).max().orElse(0);

    /** Per ASCII char, the rules that may start at a word beginning with it; null until asked. */
    private static final Long[] BY_FIRST_CHAR = new Long[128];

    /** The rules that may start a match at a word ({@link #startMask}), kept in the word. */
    private static final Word.Fact<StartMask> STARTS = Word.Fact.of(word -> new StartMask());

    /** Per rule, whether its expression (group "x") starts where its match does, unless an optional lead matched. */
    private static final boolean[] AT_MATCH_START = new boolean[DatePatterns.RULES.size()];

    /** The rules of {@link #AT_MATCH_START}, as bits by rule index. */
    private static final long AT_MATCH_START_RULES;

    /** Per number of words to the next anchor word, the rules whose lead reaches that far. */
    private static final long[] LEAD_AT_LEAST = new long[MAX_LEAD + 1];

    /** Per rule, the optional group its match may open with before the expression ("between "), or null. */
    private static final Pattern[] OPTIONAL_LEAD = new Pattern[DatePatterns.RULES.size()];

    /** The rules whose optional lead may start at a word, kept in the word. */
    private static final Word.Fact<Long> LEADS = Word.Fact.of(DateScanner::leadMask);

    static {
        for (int r = 0; r < AT_MATCH_START.length; r++) {
            AT_MATCH_START[r] = expressionAtMatchStart(DatePatterns.RULES.get(r).pattern());
            OPTIONAL_LEAD[r] = optionalLead(DatePatterns.RULES.get(r).pattern());
        }
        long atStart = 0;
        for (int r = 0; r < AT_MATCH_START.length; r++) {
            atStart |= AT_MATCH_START[r] ? 1L << r : 0;
            for (int d = 0; d <= DatePatterns.RULES.get(r).lead(); d++) {
                LEAD_AT_LEAST[d] |= 1L << r;
            }
        }
        AT_MATCH_START_RULES = atStart;
        if (DatePatterns.RULES.size() > Long.SIZE) {
            throw new IllegalStateException("the start mask holds " + Long.SIZE + " date rules at most");
        }
    }

    static List<Candidate> find(CharSequence text, List<Sentence> paragraph) {
        return find(text, paragraph, true);
    }

    /**
     * As {@link #find(CharSequence, List)}; with {@code skipCovered}, only the rules a word's {@link StartMask}
     * allows are tried at it, and a rule whose expression starts at its match is not tried at a word that an
     * earlier chosen expression covers ("7" in "October 7 October"), as whatever it found there would lose to
     * that one in {@link #longestFirst}. Without, every rule is tried at every word near an anchor (the reference).
     */
    static List<Candidate> find(CharSequence text, List<Sentence> paragraph, boolean skipCovered) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence sentence : paragraph) {
            tokens.addAll(sentence.tokens());
        }
        int[] toAnchor = new int[tokens.size()];
        int anchors = 0;
        int distance = Integer.MAX_VALUE;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            int anchor = DateVocabulary.anchor(tokens.get(i));
            anchors |= anchor;
            distance = anchor != 0 ? 0 : distance == Integer.MAX_VALUE ? distance : distance + 1;
            toAnchor[i] = distance;
        }
        if (anchors == 0) {
            return List.of();
        }
        int end = paragraph.get(paragraph.size() - 1).end();
        long applicable = 0; // the rules whose anchor kinds the paragraph holds
        for (int r = 0; r < DatePatterns.RULES.size(); r++) {
            int needed = DatePatterns.RULES.get(r).anchors();
            if ((anchors & needed) == needed) {
                applicable |= 1L << r;
            }
        }
        Matcher[] matchers = new Matcher[DatePatterns.RULES.size()];
        List<Candidate> all = new ArrayList<>();
        Cover cover = new Cover();
        for (int i = 0; i < tokens.size(); i++) {
            if (toAnchor[i] > MAX_LEAD) {
                continue; // too far before any anchor word for every rule: most tokens of a paragraph
            }
            long starts = skipCovered ? STARTS.of(tokens.get(i).word()).of(tokens.get(i).text()) : allRules();
            long tried = starts & applicable & LEAD_AT_LEAST[toAnchor[i]];
            if (skipCovered && tried != 0 && cover.covers(tokens.get(i).start())) {
                tried &= ~(AT_MATCH_START_RULES & ~LEADS.of(tokens.get(i).word()));
            }
            for (long left = tried; left != 0; left &= left - 1) {
                int r = Long.numberOfTrailingZeros(left);
                DatePatterns.Rule rule = DatePatterns.RULES.get(r);
                if (matchers[r] == null) {
                    matchers[r] = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                Matcher m = matchers[r].region(tokens.get(i).start(), end);
                if (m.lookingAt()) {
                    DateExpression expression = rule.parse().apply(m);
                    if (expression != null) {
                        Candidate candidate = new Candidate(m.start("x"), m.end("x"), expression);
                        all.add(candidate);
                        cover.add(candidate);
                    }
                }
            }
        }
        return ClockAnchors.anchor(text, longestFirst(all));
    }

    /**
     * Whether group "x" of a pattern starts where its match does, unless its {@link #optionalLead} matched: nothing
     * but {@code \b} and lookbehinds, which match no text, comes before it (after the optional lead).
     */
    static boolean expressionAtMatchStart(Pattern pattern) {
        String regex = pattern.pattern();
        int at = afterOptionalLead(regex);
        while (true) {
            if (regex.startsWith("\\b", at)) {
                at += 2;
            } else if (regex.startsWith("(?<!", at) || regex.startsWith("(?<=", at)) {
                at = groupEnd(regex, at);
                if (at < 0) {
                    return false;
                }
            } else {
                int end = regex.startsWith("(?<x>", at) ? groupEnd(regex, at) : -1;
                return end > 0 && (end == regex.length() || "?*{".indexOf(regex.charAt(end)) < 0);
            }
        }
    }

    /** The optional group a pattern opens with, as a pattern of its own ("(?<btw>between\\s+)?"), or null. */
    static Pattern optionalLead(Pattern pattern) {
        String regex = pattern.pattern();
        int end = afterOptionalLead(regex);
        return end == 0 ? null : Pattern.compile(regex.substring(0, regex.lastIndexOf(')', end) + 1));
    }

    /** The index after a pattern's opening optional group (with its '?', '??' or '?+'), or 0 when it has none. */
    private static int afterOptionalLead(String regex) {
        if (!regex.startsWith("(") || regex.startsWith("(?<x>") || regex.startsWith("(?<!") || regex.startsWith("(?<=")) {
            return 0;
        }
        int end = groupEnd(regex, 0);
        if (end < 0 || end >= regex.length() || regex.charAt(end) != '?') {
            return 0;
        }
        end++;
        return end < regex.length() && (regex.charAt(end) == '?' || regex.charAt(end) == '+') ? end + 1 : end;
    }

    /** The rules whose {@link #optionalLead} may start at a word. */
    private static long leadMask(String word) {
        long mask = 0;
        for (int r = 0; r < OPTIONAL_LEAD.length; r++) {
            if (OPTIONAL_LEAD[r] != null && FirstChars.mayStart(OPTIONAL_LEAD[r], word)) {
                mask |= 1L << r;
            }
        }
        return mask;
    }

    /** The index after the group opening at {@code open}, or -1 when it cannot be told simply. */
    private static int groupEnd(String regex, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * How far the expressions {@link #longestFirst} chooses reach, worked out as the words are passed: an
     * expression found at a word starts at or after it, so once the scan is at a word, every expression
     * starting before it is known, and those are chosen as {@code longestFirst} will choose them.
     */
    private static final class Cover {
        private final PriorityQueue<Candidate> pending = new PriorityQueue<>(ORDER);
        private int covered = -1;

        void add(Candidate candidate) {
            pending.add(candidate);
        }

        /** Whether an expression chosen among those starting before an offset reaches past it. */
        boolean covers(int offset) {
            while (!pending.isEmpty() && pending.peek().start() < offset) {
                Candidate next = pending.poll();
                if (next.start() >= covered) {
                    covered = next.end();
                }
            }
            return covered > offset;
        }
    }

    private static final Comparator<Candidate> ORDER =
            Comparator.comparingInt(Candidate::start).thenComparingInt(c -> c.start() - c.end());

    /**
     * A word's start mask, probed when the word is met a second time: a word met once (one of thousands of
     * distinct figures) costs less to try with every rule its first char allows than to probe with them.
     */
    private static final class StartMask {
        private long mask;
        private volatile boolean known;
        private boolean met;

        long of(String word) {
            if (known) {
                return mask;
            }
            if (!met) {
                met = true; // a race only costs a probe more or less
                return word.isEmpty() || word.charAt(0) >= BY_FIRST_CHAR.length ? allRules()
                        : byFirstChar(word.charAt(0)) & allRules();
            }
            mask = startMask(word);
            known = true; // after the mask: a thread that reads it true sees the mask
            return mask;
        }
    }

    /**
     * The rules that may match starting at a token with this text (a token's text is the text at its offsets),
     * as bits by rule index. A rule is tried on the word alone: if it fails before reading past the word's end
     * ({@link Matcher#hitEnd()}), it fails on any text that starts with the word, since the regex engine
     * reads on only as far as it must ({@link FirstChars#mayStart}); the rules hold no positive lookbehind,
     * which that probe could not satisfy ({@code DateScannerTest}). Most words near an anchor start no rule,
     * and each word is worked out once.
     */
    static long startMask(String word) {
        long candidates = word.isEmpty() || word.charAt(0) >= BY_FIRST_CHAR.length ? -1L : byFirstChar(word.charAt(0));
        long mask = 0;
        for (long left = candidates & allRules(); left != 0; left &= left - 1) {
            int r = Long.numberOfTrailingZeros(left);
            if (FirstChars.mayStart(DatePatterns.RULES.get(r).pattern(), word)) {
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
    private static long byFirstChar(char c) {
        Long mask = BY_FIRST_CHAR[c];
        if (mask == null) {
            mask = probeAll(String.valueOf(c));
            BY_FIRST_CHAR[c] = mask; // the same value whichever thread works it out first
        }
        return mask;
    }

    /** The start mask with every rule probed, as the reference of {@link #startMask}. */
    static long probeAll(String word) {
        long mask = 0;
        for (int r = 0; r < DatePatterns.RULES.size(); r++) {
            if (FirstChars.mayStart(DatePatterns.RULES.get(r).pattern(), word)) {
                mask |= 1L << r;
            }
        }
        return mask;
    }

    private static long allRules() {
        return DatePatterns.RULES.size() == Long.SIZE ? -1L : (1L << DatePatterns.RULES.size()) - 1;
    }

    private static List<Candidate> longestFirst(List<Candidate> all) {
        all.sort(ORDER);
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
