package io.factunit.article;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about itself. Title: og:title, else {@code <title>} (og:title rarely carries the
 * " | Site" suffix). Source: og:site_name. URL: the canonical link, else og:url. Published: the first usable
 * of the usual meta tags, else a {@code <time datetime>} (one marked as the publication date first, then
 * the first inside {@code <article>}, then the first anywhere). A meta date that cannot be read is passed
 * over rather than refused: pages are not the editor's to fix, and the next source may do.
 */
final class HtmlMetadata {
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "datePublished", "og:published_time", "pubdate", "publishdate",
            "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created");
    private static final List<String> PUBLISHED_TIME = List.of(
            "time[itemprop=datePublished][datetime]", "time[pubdate][datetime]", "article time[datetime]",
            "time[datetime]");

    private HtmlMetadata() {
    }

    static ArticleMetadata of(Document doc) {
        String title = meta(doc, "og:title");
        if (title == null && !doc.title().isBlank()) {
            title = doc.title().strip();
        }
        String url = null;
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.attr("href").isBlank()) {
            url = canonical.attr("href").strip();
        }
        if (url == null) {
            url = meta(doc, "og:url");
        }
        return new ArticleMetadata(title, meta(doc, "og:site_name"), url, published(doc));
    }

    private static LocalDate published(Document doc) {
        for (String key : PUBLISHED_META) {
            LocalDate date = date(meta(doc, key));
            if (date != null) {
                return date;
            }
        }
        for (String query : PUBLISHED_TIME) {
            for (Element time : doc.select(query)) {
                LocalDate date = date(time.attr("datetime"));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        LocalDate iso = IsoDates.leading(value);
        return iso != null ? iso : DatelineDetector.firstDate(value);
    }

    /** A meta tag's content, by property (Open Graph), name or itemprop; null when absent or blank. */
    private static String meta(Document doc, String key) {
        for (String attribute : List.of("property", "name", "itemprop")) {
            for (Element meta : doc.select("meta[" + attribute + "]")) {
                if (meta.attr(attribute).equalsIgnoreCase(key) && !meta.attr("content").isBlank()) {
                    return meta.attr("content").strip();
                }
            }
        }
        return null;
    }
}
