package io.factunit.article;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * What a web page says about itself. Title: og:title, else {@code <title>} (og:title rarely carries the
 * " | Site" suffix). Source: og:site_name. URL: the canonical link, else og:url. Published: the first usable
 * of the usual meta tags, else a {@code <time datetime>} (one marked as the publication date first, then
 * the first inside {@code <article>}, then the first anywhere). The first publication meta tag present
 * decides: when it holds no date ("2024-13-45", "yesterday") the page is refused with the tag's position
 * ({@link #unreadableDate}), unless story.yaml gives the date, rather than read with a date from elsewhere
 * or none. A {@code <time>} element that is no date is passed over: pages hold many, for comments and
 * related stories.
 */
final class HtmlMetadata {
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "datePublished", "og:published_time", "pubdate", "publishdate",
            "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created");
    /** The attributes a meta tag is named by: Open Graph's property, name, microdata's itemprop. */
    private static final List<String> KEY_ATTRIBUTES = List.of("property", "name", "itemprop");
    private static final List<String> PUBLISHED_TIME = List.of(
            "time[itemprop=datePublished][datetime]", "time[pubdate][datetime]", "article time[datetime]",
            "time[datetime]");

    private HtmlMetadata() {
    }

    static ArticleMetadata of(Document doc, DatelineDetector dates) {
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
        return new ArticleMetadata(title, meta(doc, "og:site_name"), url, published(doc, dates));
    }

    private static LocalDate published(Document doc, DatelineDetector dates) {
        for (String key : PUBLISHED_META) {
            LocalDate date = date(meta(doc, key), dates);
            if (date != null) {
                return date;
            }
        }
        for (String query : PUBLISHED_TIME) {
            for (Element time : doc.select(query)) {
                LocalDate date = date(time.attr("datetime"), dates);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static LocalDate date(String value, DatelineDetector dates) {
        if (value == null) {
            return null;
        }
        LocalDate iso = IsoDates.leading(value);
        return iso != null ? iso : dates.firstDate(value);
    }

    /**
     * The first publication meta tag present, when its content is no date: where its content stands in the
     * page ({@code lines} maps the page's offsets) and what is wrong; null when it is a date or there is none.
     */
    static ParsedArticle.DateProblem unreadableDate(Document doc, LineMap lines, DatelineDetector dates) {
        for (String key : PUBLISHED_META) {
            Element meta = metaElement(doc, key);
            if (meta != null) {
                String content = meta.attr("content").strip();
                if (date(content, dates) != null) {
                    return null;
                }
                Range.AttributeRange range = meta.attributes().sourceRange("content");
                Range at = range.valueRange().isTracked() ? range.valueRange() : meta.sourceRange();
                return new ParsedArticle.DateProblem(at.isTracked() ? lines.position(at.start().pos())
                        : new TextPosition(0, 0), "the publication date in <meta " + attributeNaming(meta, key)
                        + "=\"" + key + "\"> is not a date (yyyy-mm-dd): '" + content + "'");
            }
        }
        return null;
    }

    /** A meta tag's content, by property (Open Graph), name or itemprop; null when absent or blank. */
    private static String meta(Document doc, String key) {
        Element meta = metaElement(doc, key);
        return meta == null ? null : meta.attr("content").strip();
    }

    /** The meta tag with a non-blank content for {@code key}, by property, name or itemprop; null when none. */
    private static Element metaElement(Document doc, String key) {
        for (String attribute : KEY_ATTRIBUTES) {
            for (Element meta : doc.select("meta[" + attribute + "]")) {
                if (meta.attr(attribute).equalsIgnoreCase(key) && !meta.attr("content").isBlank()) {
                    return meta;
                }
            }
        }
        return null;
    }

    private static String attributeNaming(Element meta, String key) {
        for (String attribute : KEY_ATTRIBUTES) {
            if (meta.attr(attribute).equalsIgnoreCase(key)) {
                return attribute;
            }
        }
        return "name";
    }
}
