package io.factunit.article;

/**
 * Limits for {@link StoryLoader}. Sizes are checked before a file is read, so memory stays bounded
 * whatever lies in a story folder.
 *
 * @param maxArticleBytes  largest article file accepted (default 5 MB)
 * @param maxManifestBytes largest story.yaml accepted (default 1 MB); also the YAML code point limit
 * @param articleLimitName how the user sets {@code maxArticleBytes}, named in the "file is too large" message
 *                         (the command line says {@code --max-article-size})
 */
public record LoadOptions(long maxArticleBytes, long maxManifestBytes, String articleLimitName) {
    public static final long MB = 1024L * 1024L;
    public static final LoadOptions DEFAULTS = new LoadOptions(5 * MB, MB);

    public LoadOptions {
        if (maxArticleBytes <= 0 || maxManifestBytes <= 0) {
            throw new IllegalArgumentException("size limits must be positive");
        }
        // The YAML parser counts code points in an int.
        if (maxArticleBytes > Integer.MAX_VALUE - 8 || maxManifestBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("size limits must be below 2 GB");
        }
        if (articleLimitName == null || articleLimitName.isBlank()) {
            throw new IllegalArgumentException("the article limit needs a name for its error message");
        }
    }

    public LoadOptions(long maxArticleBytes, long maxManifestBytes) {
        this(maxArticleBytes, maxManifestBytes, "LoadOptions.maxArticleBytes");
    }

    public LoadOptions withMaxArticleBytes(long bytes) {
        return new LoadOptions(bytes, maxManifestBytes, articleLimitName);
    }

    /** The limit as a front end sets it, e.g. {@code withMaxArticleBytes(n, "--max-article-size")}. */
    public LoadOptions withMaxArticleBytes(long bytes, String limitName) {
        return new LoadOptions(bytes, maxManifestBytes, limitName);
    }

    public LoadOptions withMaxManifestBytes(long bytes) {
        return new LoadOptions(maxArticleBytes, bytes, articleLimitName);
    }
}
