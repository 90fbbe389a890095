package io.factunit.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * How reports name article files: relative to a base folder (the working directory, where CI checks the
 * repository out) with forward slashes on every platform, so a report is the same wherever it was made.
 */
final class ReportPaths {
    private final Path base;

    ReportPaths(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    static ReportPaths workingDirectory() {
        return new ReportPaths(Path.of(""));
    }

    /** True if the file lies under the base folder, so it has a relative name. */
    boolean isRelative(Path file) {
        return absolute(file).startsWith(base);
    }

    /** "seeds/001.txt" for a file under the base folder, else the absolute path; forward slashes either way. */
    String display(Path file) {
        Path absolute = absolute(file);
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /**
     * A URI reference: relative and percent-encoded ("my%20story/a.txt") under the base folder, else an
     * absolute file: URI. "./" keeps a first segment with a colon from reading as a scheme.
     */
    String uri(Path file) {
        if (!isRelative(file)) {
            return absolute(file).toUri().toASCIIString();
        }
        String relative = display(file);
        String path = relative.split("/", 2)[0].contains(":") ? "./" + relative : relative;
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot name " + file + " as a URI", e);
        }
    }

    private static Path absolute(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
