package io.factunit.article;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML body into plain text with one paragraph per line, as a browser would lay it out: runs of
 * white space collapse to one space, block elements and {@code <br>} end a line, {@code <pre>} keeps its line
 * breaks. Every text char is mapped back to the file char it came from, using the source position jsoup
 * records for each text node and an alignment of the node's decoded text with its markup, so entities
 * ({@code &amp;}) and CRLF line ends do not shift the columns after them.
 */
final class HtmlTextExtractor implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();
    private final SegmentPositionMap.Builder positions = new SegmentPositionMap.Builder();
    private final String html;
    private boolean pendingBreak;
    private boolean pendingSpace;
    private int preDepth;

    private HtmlTextExtractor(String html) {
        this.html = html;
    }

    /** The text of {@code root} (already stripped of furniture) and its map into {@code html}, whose lines are given. */
    static ParsedArticle extract(Element root, String html, LineMap htmlLines, ArticleMetadata metadata,
                                 ParsedArticle.DateProblem unreadableDate) {
        HtmlTextExtractor extractor = new HtmlTextExtractor(html);
        NodeTraversor.traverse(extractor, root);
        return new ParsedArticle(extractor.out.toString(), metadata, extractor.positions.build(htmlLines),
                unreadableDate);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            append(text);
        } else if (node instanceof Element element) {
            if (element.nameIs("br") || element.isBlock()) {
                pendingBreak = true;
            }
            if (element.nameIs("pre")) {
                preDepth++;
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            if (element.isBlock()) {
                pendingBreak = true;
            }
            if (element.nameIs("pre")) {
                preDepth--;
            }
        }
    }

    private void append(TextNode node) {
        String text = node.getWholeText();
        int[] source = sourceOffsets(node, text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && preDepth > 0) {
                pendingBreak = true;
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                pendingSpace = true;
            } else {
                flushPending();
                if (source[i] >= 0) {
                    positions.map(out.length(), source[i]);
                }
                out.append(c);
            }
        }
    }

    private void flushPending() {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            if (pendingBreak) {
                out.append('\n');
            } else if (pendingSpace) {
                out.append(' ');
            }
        }
        pendingBreak = false;
        pendingSpace = false;
    }

    /**
     * The file offset of each char of a text node's decoded text, or -1s when jsoup did not track it. Walks
     * markup and text together: an entity in the markup stands for the chars it decodes to, a CR before LF is
     * dropped by the parser; anything else that disagrees is stepped over one for one (approximate, but
     * never outside the node).
     */
    private int[] sourceOffsets(TextNode node, String text) {
        int[] offsets = new int[text.length()];
        Range range = node.sourceRange();
        if (!range.isTracked()) {
            java.util.Arrays.fill(offsets, -1);
            return offsets;
        }
        int j = range.start().pos();
        int end = Math.min(range.end().pos(), html.length());
        for (int i = 0; i < text.length(); i++) {
            if (j < end && html.charAt(j) == '\r' && text.charAt(i) != '\r') {
                j++;
            }
            offsets[i] = Math.min(j, Math.max(end - 1, range.start().pos()));
            if (j < end && html.charAt(j) == '&') {
                int amp = j;
                j = afterAmpersand(amp, end, text.charAt(i));
                // Every char the markup stands for comes from it: two for "&#x1F600;" (a surrogate pair) or
                // "&nGt;", all of an unknown "&foo;" that the parser keeps as written.
                String decoded = Parser.unescapeEntities(html.substring(amp, j), false);
                if (decoded.length() > 1 && text.startsWith(decoded, i)) {
                    for (int k = 1; k < decoded.length(); k++) {
                        i++;
                        offsets[i] = offsets[i - 1];
                    }
                }
            } else {
                j++;
            }
        }
        return offsets;
    }

    /**
     * Offset after the markup that a '&' starts: a whole entity when it is one ("&amp;", "&#8217;", or
     * "&nbsp" without its ';' when the decoded char is not '&'), else the bare '&' itself ("Q&A").
     */
    private int afterAmpersand(int amp, int end, char decoded) {
        int j = amp + 1;
        while (j < end && j - amp <= 32 && (Character.isLetterOrDigit(html.charAt(j)) || html.charAt(j) == '#')) {
            j++;
        }
        if (j < end && html.charAt(j) == ';' && j > amp + 1) {
            return j + 1;
        }
        return decoded == '&' ? amp + 1 : j;
    }
}
