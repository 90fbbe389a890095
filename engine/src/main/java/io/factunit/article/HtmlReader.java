package io.factunit.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * HTML articles, parsed with jsoup (never regexes). Metadata is read from the whole page first; then site
 * furniture is dropped (scripts, styles, navigation, page header and footer, asides, forms, hidden parts)
 * and the body's text is extracted one paragraph per line. A {@code <header>} inside {@code <article>} is the
 * article's own headline and byline, so it stays. Positions map back into the HTML file.
 */
final class HtmlReader {
    private static final String FURNITURE =
            "script, style, nav, footer, aside, form, noscript, template, iframe, svg, button, select, [hidden]";

    private HtmlReader() {
    }

    static ParsedArticle parse(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        ArticleMetadata metadata = HtmlMetadata.of(doc);
        LineMap lines = new LineMap(html);
        ParsedArticle.DateProblem unreadableDate = HtmlMetadata.unreadableDate(doc, lines);
        doc.select(FURNITURE).remove();
        for (Element header : doc.select("header")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        return HtmlTextExtractor.extract(doc.body(), html, lines, metadata, unreadableDate);
    }
}
