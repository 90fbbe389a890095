package io.factunit.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A part of a report that is written story by story but comes later in the document than a part still
 * being written (JSON lists every article before any claim; HTML's summary table comes before the first
 * story's section). It waits in a temporary file, not in memory, until the document reaches it.
 */
final class SpilledSection implements Closeable {
    private final Path file;
    private final Writer kept;
    private boolean dropping;
    private final Writer input = new Writer() {
        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            if (!dropping) {
                kept.write(text, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            kept.flush();
        }

        @Override
        public void close() {
            // the section closes its file itself, after the document has taken it
        }
    };

    SpilledSection() throws IOException {
        file = Files.createTempFile("factunit-report-", ".part");
        try {
            kept = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Where the section's text is written. */
    Writer writer() {
        return input;
    }

    /** Until {@link #keep()}, what is written is dropped: a JSON generator's way down to the section's depth. */
    void drop() {
        dropping = true;
    }

    void keep() {
        dropping = false;
    }

    /** Copies everything kept so far to {@code out}. */
    void pourInto(Writer out) throws IOException {
        kept.flush();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            kept.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
