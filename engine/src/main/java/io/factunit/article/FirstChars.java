package io.factunit.article;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a list of patterns can match a text that starts with a given char, as a bit mask over the list.
 * Each char is asked of the patterns once, by matching the char alone: a pattern that fails without reaching
 * the end of that one-char input ({@link Matcher#hitEnd()}) fails on every text starting with it. So a line
 * is tried against the few rules it may match instead of all of them, with the same answers. Java's regex
 * engine has no such first-char index of its own.
 */
public final class FirstChars {
    private final List<Pattern> patterns;
    private final boolean whole;
    private final long all;
    /** The masks of ASCII chars, worked out up front; others on first sight. */
    private final long[] ascii = new long[128];
    private final Map<Character, Long> others = new ConcurrentHashMap<>();

    /**
     * @param patterns the patterns, bit i for entry i; a null entry is never viable
     * @param whole    true for {@link Matcher#matches()}, false for {@link Matcher#lookingAt()}
     */
    FirstChars(List<Pattern> patterns, boolean whole) {
        if (patterns.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " patterns, got " + patterns.size());
        }
        this.patterns = patterns;
        this.whole = whole;
        long every = 0;
        for (int i = 0; i < patterns.size(); i++) {
            every |= patterns.get(i) == null ? 0 : 1L << i;
        }
        this.all = every;
        for (char c = 0; c < ascii.length; c++) {
            ascii[c] = probe(c);
        }
    }

    /** The patterns that may match a text starting with {@code first}. */
    long viable(char first) {
        if (first < ascii.length) {
            return ascii[first];
        }
        if (Character.isSurrogate(first)) {
            return all; // half a code point cannot be probed alone
        }
        return others.computeIfAbsent(first, this::probe);
    }

    /**
     * The same pattern behind a lookahead that admits only the chars it can start with, so that
     * {@link Matcher#find()} passes over every other position with one char test: Java's engine otherwise tries
     * the whole pattern at each char. Which ASCII chars is worked out as in {@link #viable}; every char above
     * stays allowed, as probing costs start-up time and such chars rarely start a match. A char is probed both
     * alone and after a letter, so a {@code \b} or a negative lookbehind at the start cannot hide a match; a
     * pattern with a positive lookbehind, which the probe cannot satisfy, is returned ungated, and so is one
     * that matches the empty string (which needs no char at all). Matches, groups and flags are those of the
     * pattern.
     */
    public static Pattern gated(Pattern pattern) {
        if (pattern.pattern().contains("(?<=") || pattern.matcher("").lookingAt()) {
            return pattern;
        }
        StringBuilder allowed = new StringBuilder("(?=[");
        for (char c = 0; c < 128; c++) {
            if (mayStartFind(pattern, c)) {
                allowed.append(String.format("\\x{%x}", (int) c));
            }
        }
        allowed.append("\\x{80}-\\x{10FFFF}])(?:").append(pattern.pattern()).append(')');
        return Pattern.compile(allowed.toString(), pattern.flags());
    }

    private static boolean mayStartFind(Pattern pattern, char c) {
        return mayStart(pattern, String.valueOf(c));
    }

    /**
     * Whether the pattern may match a text that starts with {@code start}, matching from its first char: it
     * does unless it fails before reading past {@code start}, both with nothing and with a letter before it
     * (so a {@code \b} or a negative lookbehind at the pattern's start cannot hide a match).
     */
    public static boolean mayStart(Pattern pattern, String start) {
        Matcher alone = pattern.matcher(start);
        if (alone.lookingAt() || alone.hitEnd()) {
            return true;
        }
        String afterLetter = "a" + start;
        Matcher behindLetter = pattern.matcher(afterLetter).region(1, afterLetter.length())
                .useTransparentBounds(true);
        return behindLetter.lookingAt() || behindLetter.hitEnd();
    }

    private long probe(char c) {
        String text = String.valueOf(c);
        long mask = 0;
        for (int i = 0; i < patterns.size(); i++) {
            Pattern pattern = patterns.get(i);
            if (pattern == null) {
                continue;
            }
            Matcher m = pattern.matcher(text);
            boolean matched = whole ? m.matches() : m.lookingAt();
            if (matched || m.hitEnd()) {
                mask |= 1L << i;
            }
        }
        return mask;
    }
}
