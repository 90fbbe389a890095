package io.factunit.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Recognises site furniture ("Leave a Comment", "Skip to content", search and share widgets, photo credits)
 * by the rules in {@code boilerplate.txt}, kept as data beside this class. It reports spans and never
 * changes the text. Whole lines are matched; rules marked {@code glued} are also cut off the start or end
 * of a line where pages were joined without a newline, so the headline glued behind them is still analysed.
 */
public final class Boilerplate {
    private static final String RESOURCE = "boilerplate.txt";
    /** Furniture is short; a longer line is a paragraph, whatever it starts with. */
    private static final int MAX_FURNITURE_LINE = 300;
    /** Glued furniture at a line's end is looked for only in its last chars, so long lines cost little. */
    private static final int SUFFIX_WINDOW = 80;
    /** What may follow a glued prefix: the capital of the next page's first word, or more furniture. */
    private static final String GLUE_FOLLOWERS = "/|»›";

    /** What a glued suffix must follow: the sentence's closing punctuation, with no space. */
    private static final String SUFFIX_AFTER = ".!?\"\u201D\u2019)]";

    private static final List<Rule> RULES = load();
    /**
     * Nearly every line is text, not furniture: each line is tried only against the rules its first char
     * allows ({@link FirstChars}), where trying every rule was most of the loading time.
     */
    private static final FirstChars WHOLE_STARTS = new FirstChars(RULES.stream().map(Rule::whole).toList(), true);
    private static final FirstChars PREFIX_STARTS = new FirstChars(
            RULES.stream().map(Rule::prefix).toList(), false);
    /** Every glued rule in one pattern, as at a line's end: rules out the end of a line in one pass. */
    private static final Pattern ANY_SUFFIX = Pattern.compile("(?:" + String.join("|", RULES.stream()
            .filter(rule -> rule.suffix() != null).map(rule -> "(?:" + rule.whole().pattern() + ")").toList())
            + ")\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final FirstChars SUFFIX_STARTS = new FirstChars(List.of(ANY_SUFFIX), false);

    private Boilerplate() {
    }

    private record Rule(Pattern whole, Pattern prefix, Pattern suffix) {
    }

    /** The furniture spans of {@code text}, in order; a whole line's span ends before its line break. */
    public static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        Lines lines = new Lines(text);
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            lines.findInLine(lineStart, lineEnd, spans);
            lineStart = lineEnd + 1;
        }
        return merged(spans);
    }

    /** Joins touching spans, so "0 Comments//Skip to content" is one span. */
    private static List<Span> merged(List<Span> spans) {
        List<Span> result = new ArrayList<>();
        for (Span span : spans) {
            int last = result.size() - 1;
            if (last >= 0 && result.get(last).end() == span.start()) {
                result.set(last, new Span(result.get(last).start(), span.end()));
            } else {
                result.add(span);
            }
        }
        return result;
    }

    /**
     * The rules' matchers for one text, reused line by line over regions of it (a region's bounds act as
     * the ends of the text): a matcher per line cost more than the match.
     */
    private static final class Lines {
        private final String text;
        private final Matcher[] wholes = new Matcher[RULES.size()];
        private final Matcher[] prefixes = new Matcher[RULES.size()];
        private final Matcher anySuffix;

        Lines(String text) {
            this.text = text;
            this.anySuffix = ANY_SUFFIX.matcher(text).useTransparentBounds(true);
        }

        void findInLine(int lineStart, int lineEnd, List<Span> spans) {
            int start = lineStart;
            // Glued prefixes, one after another ("0 Comments//Skip to content"), until the rest is furniture or text.
            while (start < lineEnd) {
                if (anyMatchesLine(start, lineEnd)) {
                    spans.add(new Span(start, lineEnd));
                    return;
                }
                int prefixEnd = gluedPrefixEnd(start, lineEnd);
                if (prefixEnd <= 0) {
                    break;
                }
                spans.add(new Span(start, start + prefixEnd));
                start += prefixEnd;
            }
            if (start >= lineEnd || !mayEndInGluedFurniture(start, lineEnd)) {
                return;
            }
            String rest = text.substring(start, lineEnd);
            for (Rule rule : RULES) {
                if (rule.suffix() == null) {
                    continue;
                }
                Matcher m = rule.suffix().matcher(rest)
                        .region(Math.max(0, rest.length() - SUFFIX_WINDOW), rest.length())
                        .useTransparentBounds(true);
                if (m.find()) {
                    spans.add(new Span(start + m.start(1), lineEnd));
                    return;
                }
            }
        }

        /** False when no glued rule can match at the end of the line: the rules need not be tried one by one. */
        private boolean mayEndInGluedFurniture(int start, int end) {
            // Transparent bounds let a lookbehind see before start; the glued rules hold none.
            for (int at = Math.max(start + 1, end - SUFFIX_WINDOW); at < end; at++) {
                if (SUFFIX_STARTS.viable(text.charAt(at)) != 0 && SUFFIX_AFTER.indexOf(text.charAt(at - 1)) >= 0
                        && anySuffix.region(at, end).lookingAt()) {
                    return true;
                }
            }
            return false;
        }

        /** Whether text[start, end), stripped, is furniture as a whole (String.strip's whitespace). */
        private boolean anyMatchesLine(int start, int end) {
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from == to || to - from > MAX_FURNITURE_LINE) {
                return false;
            }
            for (long viable = WHOLE_STARTS.viable(text.charAt(from)); viable != 0; viable &= viable - 1) {
                int r = Long.numberOfTrailingZeros(viable);
                if (wholes[r] == null) {
                    wholes[r] = RULES.get(r).whole().matcher(text);
                }
                if (wholes[r].region(from, to).matches()) {
                    return true;
                }
            }
            return false;
        }

        private int gluedPrefixEnd(int start, int end) {
            for (long viable = PREFIX_STARTS.viable(text.charAt(start)); viable != 0; viable &= viable - 1) {
                int r = Long.numberOfTrailingZeros(viable);
                if (prefixes[r] == null) {
                    prefixes[r] = RULES.get(r).prefix().matcher(text);
                }
                Matcher m = prefixes[r].region(start, end);
                if (m.lookingAt() && m.end() < end) {
                    char next = text.charAt(m.end());
                    if (Character.isUpperCase(next) || GLUE_FOLLOWERS.indexOf(next) >= 0) {
                        return m.end() - start;
                    }
                }
            }
            return -1;
        }
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                Rule rule = parse(line, number);
                if (rule != null) {
                    rules.add(rule);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return List.copyOf(rules);
    }

    private static Rule parse(String line, int number) {
        String content = line;
        int comment = content.indexOf(" # ");
        if (comment >= 0) {
            content = content.substring(0, comment);
        }
        content = content.strip();
        if (content.isEmpty() || content.startsWith("#")) {
            return null;
        }
        String[] parts = content.split("\\s+", 2);
        if (parts.length < 2 || !(parts[0].equals("line") || parts[0].equals("glued"))) {
            throw new IllegalStateException(RESOURCE + ":" + number + ": expected 'line PATTERN' or 'glued PATTERN'");
        }
        String pattern = "(?:" + parts[1] + ")";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        try {
            Pattern whole = Pattern.compile(pattern, flags);
            boolean glued = parts[0].equals("glued");
            Pattern prefix = glued ? Pattern.compile("\\s*" + pattern, flags) : null;
            // Glued at the end: right after the sentence's closing punctuation, with no space.
            String after = "[" + SUFFIX_AFTER.replace("]", "\\]") + "]";
            Pattern suffix = glued ? Pattern.compile("(?<=" + after + ")(" + pattern + ")\\s*$", flags) : null;
            return new Rule(whole, prefix, suffix);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(RESOURCE + ":" + number + ": " + e.getDescription(), e);
        }
    }
}
