package io.factunit.article;

import java.time.LocalDate;

/**
 * What a file or the manifest says about an article; any field may be null.
 * Precedence when loading: story.yaml, then the file's own metadata (front matter, HTML meta), then a
 * dateline in the text for the date alone.
 */
record ArticleMetadata(String title, String source, String url, LocalDate published) {
    static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);

    /** This metadata, with each missing field taken from {@code fallback}. */
    ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(
                title != null ? title : fallback.title,
                source != null ? source : fallback.source,
                url != null ? url : fallback.url,
                published != null ? published : fallback.published);
    }
}
