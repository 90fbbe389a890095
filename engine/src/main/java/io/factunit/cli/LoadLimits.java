package io.factunit.cli;

import io.factunit.article.LoadOptions;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** "5MB", "512 KB", "1048576": binary units, as file managers and {@code ls -h} count. */
    static final class ByteSize implements CommandLine.ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d{1,9})\\s*(|B|KB|KIB|K|MB|MIB|M|GB|GIB|G)");
        private static final long LARGEST = Integer.MAX_VALUE - 8;

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a size; write e.g. 5MB,"
                        + " 500KB or 1048576 (bytes)");
            }
            long unit = switch (m.group(2)) {
                case "", "B" -> 1L;
                case "K", "KB", "KIB" -> 1024L;
                case "M", "MB", "MIB" -> 1024L * 1024;
                default -> 1024L * 1024 * 1024;
            };
            // at most 9 digits times 2^30 stays below Long.MAX_VALUE
            long bytes = Long.parseLong(m.group(1)) * unit;
            if (bytes < 1 || bytes > LARGEST) {
                throw new CommandLine.TypeConversionException("'" + value + "' is out of range; the limit must be"
                        + " at least 1 byte and under 2 GB");
            }
            return bytes;
        }
    }
}
