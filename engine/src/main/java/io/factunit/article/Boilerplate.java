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
     * All rules in one pattern each way. Nearly every line is text, not furniture: one pass over the line
     * rules it out, where trying the rules one by one was most of the loading time. A line the combined
     * pattern may match still goes through the rules one by one, which decide as before.
     */
    private static final Pattern ANY_WHOLE = combined(Rule::whole, "");
    private static final Pattern ANY_PREFIX = combined(Rule::prefix, "");
    private static final Pattern ANY_SUFFIX = combined(rule -> rule.suffix() == null ? null : rule.whole(), "\\s*$");

    private Boilerplate() {
    }

    private record Rule(Pattern whole, Pattern prefix, Pattern suffix) {
    }

    private static Pattern combined(java.util.function.Function<Rule, Pattern> part, String tail) {
        List<String> alternatives = RULES.stream().map(part).filter(java.util.Objects::nonNull)
                .map(p -> "(?:" + p.pattern() + ")").toList();
        return Pattern.compile("(?:" + String.join("|", alternatives) + ")" + tail,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The furniture spans of {@code text}, in order; a whole line's span ends before its line break. */
    public static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            findInLine(text, lineStart, lineEnd, spans);
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

    private static void findInLine(String text, int lineStart, int lineEnd, List<Span> spans) {
        int start = lineStart;
        // Glued prefixes, one after another ("0 Comments//Skip to content"), until the rest is furniture or text.
        while (start < lineEnd) {
            String rest = text.substring(start, lineEnd);
            if (anyMatchesLine(rest)) {
                spans.add(new Span(start, lineEnd));
                return;
            }
            int prefixEnd = gluedPrefixEnd(rest);
            if (prefixEnd <= 0) {
                break;
            }
            spans.add(new Span(start, start + prefixEnd));
            start += prefixEnd;
        }
        if (start >= lineEnd) {
            return;
        }
        String rest = text.substring(start, lineEnd);
        if (!mayEndInGluedFurniture(rest)) {
            return;
        }
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
    private static boolean mayEndInGluedFurniture(String rest) {
        Matcher any = ANY_SUFFIX.matcher(rest).useTransparentBounds(true);
        for (int at = Math.max(1, rest.length() - SUFFIX_WINDOW); at < rest.length(); at++) {
            if (SUFFIX_AFTER.indexOf(rest.charAt(at - 1)) >= 0 && any.region(at, rest.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyMatchesLine(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_FURNITURE_LINE || !ANY_WHOLE.matcher(trimmed).matches()) {
            return false;
        }
        for (Rule rule : RULES) {
            if (rule.whole().matcher(trimmed).matches()) {
                return true;
            }
        }
        return false;
    }

    private static int gluedPrefixEnd(String rest) {
        if (!ANY_PREFIX.matcher(rest).lookingAt()) {
            return -1;
        }
        for (Rule rule : RULES) {
            if (rule.prefix() == null) {
                continue;
            }
            Matcher m = rule.prefix().matcher(rest);
            if (m.lookingAt() && m.end() < rest.length()) {
                char next = rest.charAt(m.end());
                if (Character.isUpperCase(next) || GLUE_FOLLOWERS.indexOf(next) >= 0) {
                    return m.end();
                }
            }
        }
        return -1;
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
