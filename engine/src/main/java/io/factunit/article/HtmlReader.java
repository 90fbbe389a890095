package io.factunit.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * HTML articles, parsed with jsoup (never regexes). Metadata is read from the whole page first; then site
 * furniture is dropped (scripts, styles, navigation, page header and footer, asides, forms and their
 * controls, hidden parts)
 * and the body's text is extracted one paragraph per line. A {@code <header>} inside {@code <article>} is the
 * article's own headline and byline, so it stays. Positions map back into the HTML file.
 */
final class HtmlReader {
    private static final String FURNITURE = "script, style, nav, footer, aside, form, noscript, template, iframe, svg,"
            + " button, select, option, datalist, textarea";
    /**
     * Parts a browser does not show, or shows to nobody who reads: the hidden attribute, aria-hidden="true",
     * and inline styles display:none or visibility:hidden, in any case and spacing. Their text (a planted
     * figure) must not become a claim.
     */
    private static final String HIDDEN = "[hidden], [aria-hidden~=(?i)^\\s*true\\s*$],"
            + " [style~=(?i)(^|;)\\s*(display\\s*:\\s*none|visibility\\s*:\\s*hidden)\\s*(!\\s*important\\s*)?(;|$)]";

    private HtmlReader() {
    }

    /** The page's text and metadata; dates in its meta tags may be written in {@code dates}' language. */
    static ParsedArticle parse(String html, DatelineDetector dates) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        ArticleMetadata metadata = HtmlMetadata.of(doc, dates);
        LineMap lines = new LineMap(html);
        ParsedArticle.DateProblem unreadableDate = HtmlMetadata.unreadableDate(doc, lines, dates);
        doc.select(FURNITURE).remove();
        doc.select(HIDDEN).remove();
        for (Element header : doc.select("header")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        return HtmlTextExtractor.extract(doc.body(), html, lines, metadata, unreadableDate);
    }
}
