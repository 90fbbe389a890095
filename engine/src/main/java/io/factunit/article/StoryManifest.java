package io.factunit.article;

import java.util.Map;

/**
 * story.yaml, the editor's manifest for a folder: the story's title and, per article file, what the editor
 * knows about it. It wins over metadata found in the files themselves.
 *
 * @param title    the story's title, or null
 * @param articles entries by file name
 */
record StoryManifest(String title, Map<String, Entry> articles) {
    static final StoryManifest EMPTY = new StoryManifest(null, Map.of());

    StoryManifest {
        articles = Map.copyOf(articles);
    }

    ArticleMetadata metadata(String fileName) {
        Entry entry = articles.get(fileName);
        return entry == null ? ArticleMetadata.NONE : entry.metadata();
    }

    /** One {@code articles:} entry; line and column are those of its {@code file} value. */
    record Entry(String file, ArticleMetadata metadata, int line, int column) {
    }
}
