package io.factunit.cli;

import io.factunit.article.LoadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** --max-article-size, shared by the commands that read story folders. */
final class LoadLimits {
    static final String OPTION = "--max-article-size";

    @Option(names = OPTION, paramLabel = "SIZE", defaultValue = "5MB", converter = ByteSize.class,
            description = "Refuse article files larger than this, before reading them: bytes, or a number with"
                    + " KB, MB or GB (1 MB = 1024 KB; default: ${DEFAULT-VALUE}).")
    long maxArticleBytes;

    LoadOptions options() {
        return LoadOptions.DEFAULTS.withMaxArticleBytes(maxArticleBytes, OPTION);
    }

    /** The size syntax of {@link LoadOptions#parseSize}, which the test engine's factunit.maxArticleSize shares. */
    static final class ByteSize implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return LoadOptions.parseSize(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
