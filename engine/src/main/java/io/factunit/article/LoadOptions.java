package io.factunit.article;

/**
 * Limits for {@link StoryLoader}. Sizes are checked before a file is read, so memory stays bounded
 * whatever lies in a story folder.
 *
 * @param maxArticleBytes  largest article file accepted (default 5 MB)
 * @param maxManifestBytes largest story.yaml accepted (default 1 MB); also the YAML code point limit
 */
public record LoadOptions(long maxArticleBytes, long maxManifestBytes) {
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
    }

    public LoadOptions withMaxArticleBytes(long bytes) {
        return new LoadOptions(bytes, maxManifestBytes);
    }

    public LoadOptions withMaxManifestBytes(long bytes) {
        return new LoadOptions(maxArticleBytes, bytes);
    }
}
