package io.factunit.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a reader of a Markdown article sees, with every char mapped back to the file: emphasis, code and
 * strike-through markers, link targets, images, inline HTML tags, backslash escapes, heading, quote and list
 * markers, rules and link definitions are dropped, so a report quotes "textile", never "**textile**", at the
 * file's own line and column. Lines stay lines, with their own line breaks. Not a full CommonMark parser: what news copy uses, and
 * nothing that could drop a word (an asterisk between spaces, an underscore inside a word, "[sic]" and
 * "[Palestinian]" without a link target stay).
 */
final class MarkdownText {
    private static final Pattern BLOCK_MARKERS = Pattern.compile(
            "^ {0,3}(?:(?:> ?)+)?(?: {0,3}(?:#{1,6}(?: +|$)|[-*+] +|\\d{1,9}[.)] +))?");
    private static final Pattern CLOSING_HASHES = Pattern.compile(" +#+ *$");
    private static final Pattern RULE_OR_UNDERLINE = Pattern.compile("^ {0,3}(?:(?:[-*_] *){3,}|=+ *|-+ *)$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:```|~~~)");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]: *\\S+.*$");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final String ESCAPABLE = "\\`*_{}[]()#+-.!<>~|";

    private final String file;
    private final StringBuilder text = new StringBuilder();
    private final SegmentPositionMap.Builder positions = new SegmentPositionMap.Builder();

    private MarkdownText(String file) {
        this.file = file;
    }

    /** The visible text of {@code file} from offset {@code bodyStart} (after the front matter). */
    static ParsedArticle read(String file, int bodyStart, ArticleMetadata metadata) {
        MarkdownText reader = new MarkdownText(file);
        reader.body(bodyStart);
        return new ParsedArticle(reader.text.toString(), metadata, reader.positions.build(new LineMap(file)));
    }

    private void body(int start) {
        boolean inFence = false;
        int lineStart = start;
        while (lineStart < file.length()) {
            int end = lineEnd(lineStart);
            String line = file.substring(lineStart, end);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
            } else if (inFence) {
                copy(lineStart, end);
            } else if (!RULE_OR_UNDERLINE.matcher(line).matches() && !LINK_DEFINITION.matcher(line).matches()) {
                inline(lineStart, end);
            }
            int next = end;
            if (next < file.length() && file.charAt(next) == '\r') {
                add('\r', next++);
            }
            if (next < file.length() && file.charAt(next) == '\n') {
                add('\n', next++);
            }
            lineStart = next;
        }
    }

    private int lineEnd(int from) {
        int end = from;
        while (end < file.length() && file.charAt(end) != '\n' && file.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private void copy(int from, int to) {
        for (int i = from; i < to; i++) {
            add(file.charAt(i), i);
        }
    }

    /** One line of prose: its block markers, then inline markup, dropped. */
    private void inline(int lineStart, int lineEnd) {
        Matcher block = BLOCK_MARKERS.matcher(file).region(lineStart, lineEnd);
        int from = block.lookingAt() ? block.end() : lineStart;
        int to = lineEnd;
        Matcher closing = CLOSING_HASHES.matcher(file).region(from, lineEnd);
        if (file.substring(lineStart, from).contains("#") && closing.find()) {
            to = closing.start();
        }
        Matcher tag = HTML_TAG.matcher(file);
        int i = from;
        while (i < to) {
            char c = file.charAt(i);
            if (c == '!' && i + 1 < to && file.charAt(i + 1) == '[' && linkEnd(i + 1, to) > 0) {
                i = linkEnd(i + 1, to); // an image: its alt text is no sentence of the article
            } else if (c == '[' && linkEnd(i, to) > 0) {
                int end = linkEnd(i, to);
                int label = file.indexOf(']', i + 1);
                inline(i + 1, label, tag);
                i = end;
            } else {
                i = markup(i, to, tag);
            }
        }
    }

    /** The inside of a link's label: escapes and emphasis, no nested links. */
    private void inline(int from, int to, Matcher tag) {
        int i = from;
        while (i < to) {
            i = markup(i, to, tag);
        }
    }

    /**
     * Reads what starts at {@code i}, short of links: an escape keeps its character, an HTML tag and a run of
     * emphasis delimiters are dropped, any other character is kept. Returns where reading goes on.
     */
    private int markup(int i, int to, Matcher tag) {
        char c = file.charAt(i);
        if (c == '\\' && i + 1 < to && ESCAPABLE.indexOf(file.charAt(i + 1)) >= 0) {
            add(file.charAt(i + 1), i + 1);
            return i + 2;
        }
        if (c == '<' && tag.region(i, to).lookingAt()) {
            return tag.end();
        }
        if (isDelimiter(i, to)) {
            return runEnd(i, to);
        }
        add(c, i);
        return i + 1;
    }

    /**
     * Where {@code [label](target)} or {@code [label][ref]} starting at {@code open} ends, or 0 when the brackets
     * are text ("[Palestinian]", "[sic]").
     */
    private int linkEnd(int open, int to) {
        int depth = 0;
        int close = -1;
        for (int i = open; i < to; i++) {
            char c = file.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                close = i;
                break;
            }
        }
        if (close < 0 || close + 1 >= to) {
            return 0;
        }
        char after = file.charAt(close + 1);
        char closer = after == '(' ? ')' : after == '[' ? ']' : 0;
        if (closer == 0) {
            return 0;
        }
        int parens = 0;
        for (int i = close + 1; i < to; i++) {
            char c = file.charAt(i);
            if (c == after) {
                parens++;
            } else if (c == closer && --parens == 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Whether the run of {@code *}, {@code _}, {@code `} or {@code ~~} at {@code i} opens or closes emphasis, code or
     * strike-through: it touches a word on one side (an asterisk between spaces is text), and an underscore or
     * tilde run has no letter or digit on its other side (snake_case stays).
     */
    private boolean isDelimiter(int i, int to) {
        char c = file.charAt(i);
        if (c != '*' && c != '_' && c != '`' && c != '~') {
            return false;
        }
        int end = runEnd(i, to);
        if (c == '~' && end - i < 2) {
            return false;
        }
        if (c == '`') {
            return true;
        }
        boolean spaceBefore = i == 0 || Character.isWhitespace(file.charAt(i - 1));
        boolean spaceAfter = end >= to || Character.isWhitespace(file.charAt(end));
        if (spaceBefore && spaceAfter) {
            return false;
        }
        if (c == '*') {
            return true;
        }
        boolean wordBefore = i > 0 && Character.isLetterOrDigit(file.charAt(i - 1));
        boolean wordAfter = end < to && Character.isLetterOrDigit(file.charAt(end));
        return !(wordBefore && wordAfter);
    }

    private int runEnd(int i, int to) {
        char c = file.charAt(i);
        int end = i;
        while (end < to && file.charAt(end) == c) {
            end++;
        }
        return end;
    }

    private void add(char c, int fileOffset) {
        positions.map(text.length(), fileOffset);
        text.append(c);
    }
}
