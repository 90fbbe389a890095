package io.factunit.mention.date;

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

    private final DatePatterns patterns;
    private final WordKinds kinds;
    /** The most words any rule puts before its first anchor word. */
    private final int maxLead;
    /** The rules whose expression (group "x") starts where their match does, unless an optional lead matched. */
    private final long atMatchStartRules;
    /** Per number of words to the next anchor word, the rules whose lead reaches that far. */
    private final long[] leadAtLeast;
    /** Per rule, the optional group its match may open with before the expression ("between "), or null. */
    private final Pattern[] optionalLead;

    /** A word's start mask ({@link StartMask}) for one language's patterns, kept in the word. */
    private static final Word.OwnedFact<DatePatterns, StartMask> STARTS =
            Word.OwnedFact.of((patterns, word) -> new StartMask());

    /** The rules whose optional lead may start at a word, kept in the word. */
    private static final Word.OwnedFact<DateScanner, Long> LEADS = Word.OwnedFact.of(DateScanner::leadMask);

    DateScanner(DateWords words) {
        this.patterns = words.datePatterns;
        this.kinds = words.kinds;
        List<DatePatterns.Rule> rules = patterns.rules;
        if (rules.size() > Long.SIZE) {
            throw new IllegalStateException("the start mask holds " + Long.SIZE + " date rules at most");
        }
        this.maxLead = rules.stream().mapToInt(DatePatterns.Rule::lead).max().orElse(0);
        this.leadAtLeast = new long[maxLead + 1];
        this.optionalLead = new Pattern[rules.size()];
        long atStart = 0;
        for (int r = 0; r < rules.size(); r++) {
            atStart |= expressionAtMatchStart(rules.get(r).pattern()) ? 1L << r : 0;
            optionalLead[r] = optionalLead(rules.get(r).pattern());
            for (int d = 0; d <= rules.get(r).lead(); d++) {
                leadAtLeast[d] |= 1L << r;
            }
        }
        this.atMatchStartRules = atStart;
    }

    /**
     * The expressions in a paragraph, longest first where they overlap, in text order. Every expression holds
     * an anchor word (digit, month, weekday, time word: {@link WordKinds#DATE_ANCHORS}) and starts a few words
     * before one at most (the rule's lead), so each pattern is only tried, anchored, at those word starts: the
     * cost grows with the number of anchor words, not with the length of the text.
     */
    List<Candidate> find(CharSequence text, List<Sentence> paragraph) {
        return find(text, paragraph, true);
    }

    /**
     * As {@link #find(CharSequence, List)}; with {@code skipCovered}, only the rules a word's {@link StartMask}
     * allows are tried at it, and a rule whose expression starts at its match is not tried at a word that an
     * earlier chosen expression covers ("7" in "October 7 October"), as whatever it found there would lose to
     * that one in {@link #longestFirst}. Without, every rule is tried at every word near an anchor (the reference).
     */
    List<Candidate> find(CharSequence text, List<Sentence> paragraph, boolean skipCovered) {
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
        long applicable = 0; // the rules whose anchor kinds the paragraph holds
        for (int r = 0; r < patterns.rules.size(); r++) {
            int needed = patterns.rules.get(r).anchors();
            if ((anchors & needed) == needed) {
                applicable |= 1L << r;
            }
        }
        Matcher[] matchers = new Matcher[patterns.rules.size()];
        List<Candidate> all = new ArrayList<>();
        Cover cover = new Cover();
        for (int i = 0; i < tokens.size(); i++) {
            if (toAnchor[i] > maxLead) {
                continue; // too far before any anchor word for every rule: most tokens of a paragraph
            }
            long starts = skipCovered ? STARTS.of(tokens.get(i).word(), patterns).of(patterns, tokens.get(i).text())
                    : allRules(patterns);
            long tried = starts & applicable & leadAtLeast[toAnchor[i]];
            if (skipCovered && tried != 0 && cover.covers(tokens.get(i).start())) {
                tried &= ~(atMatchStartRules & ~LEADS.of(tokens.get(i).word(), this));
            }
            for (long left = tried; left != 0; left &= left - 1) {
                int r = Long.numberOfTrailingZeros(left);
                DatePatterns.Rule rule = patterns.rules.get(r);
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
    private long leadMask(String word) {
        long mask = 0;
        for (int r = 0; r < optionalLead.length; r++) {
            if (optionalLead[r] != null && FirstChars.mayStart(optionalLead[r], word)) {
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

        long of(DatePatterns patterns, String word) {
            if (known) {
                return mask;
            }
            if (!met) {
                met = true; // a race only costs a probe more or less
                return word.isEmpty() || word.charAt(0) >= DatePatterns.FIRST_CHARS ? allRules(patterns)
                        : byFirstChar(patterns, word.charAt(0)) & allRules(patterns);
            }
            mask = startMask(patterns, word);
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
