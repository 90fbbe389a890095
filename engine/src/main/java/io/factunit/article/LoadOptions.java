package io.factunit.article;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Limits for {@link StoryLoader}. Sizes are checked before a file is read, so memory stays bounded
 * whatever lies in a story folder.
 *
 * @param maxArticleBytes  largest article file accepted (default 5 MB)
 * @param maxManifestBytes largest story.yaml accepted (default 1 MB); also the YAML code point limit
 * @param articleLimitName how the user sets {@code maxArticleBytes}, named in the "file is too large" message
 *                         (the command line says {@code --max-article-size})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record LoadOptions(long maxArticleBytes, long maxManifestBytes, String articleLimitName) {
    public static final long MB = 1024L * 1024L;
    public static final LoadOptions DEFAULTS = new LoadOptions(5 * MB, MB);
    private static final Pattern SIZE = Pattern.compile("(\\d{1,9})\\s*(|B|KB|KIB|K|MB|MIB|M|GB|GIB|G)");
    private static final long LARGEST_SIZE = Integer.MAX_VALUE - 8;

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

    /**
     * A size limit as the front ends take it ({@code --max-article-size}, {@code factunit.maxArticleSize}):
     * "5MB", "512 KB", "1048576"; binary units, as file managers and {@code ls -h} count.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code value}, for the front end to show
     */
    public static long parseSize(String value) {
        Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a size; write e.g. 5MB, 500KB or 1048576"
                    + " (bytes)");
        }
        long unit = switch (m.group(2)) {
            case "", "B" -> 1L;
            case "K", "KB", "KIB" -> 1024L;
            case "M", "MB", "MIB" -> 1024L * 1024;
            default -> 1024L * 1024 * 1024;
        };
        // at most 9 digits times 2^30 stays below Long.MAX_VALUE
        long bytes = Long.parseLong(m.group(1)) * unit;
        if (bytes < 1 || bytes > LARGEST_SIZE) {
            throw new IllegalArgumentException("'" + value + "' is out of range; the limit must be at least 1 byte"
                    + " and under 2 GB");
        }
        return bytes;
    }
}
