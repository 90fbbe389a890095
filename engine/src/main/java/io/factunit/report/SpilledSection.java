package io.factunit.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A part of a report that is written story by story but comes later in the document than a part still
 * being written (JSON lists every article before any claim; HTML's summary table comes before the first
 * story's section). It waits where the {@link Scratch} says (memory, or a temporary file beside the
 * report) until the document reaches it.
 */
final class SpilledSection implements Closeable {
    private final Path file;
    private Writer kept;
    private final StringWriter memory;
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

    SpilledSection(Scratch scratch) throws IOException {
        if (scratch.folder() == null) {
            file = null;
            memory = new StringWriter();
            kept = memory;
            return;
        }
        memory = null;
        TempFiles.Created created = TempFiles.create(scratch.folder(), ".part");
        file = created.file();
        kept = new java.io.BufferedWriter(new OutputStreamWriter(created.out(), StandardCharsets.UTF_8));
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
        if (memory != null) {
            out.append(memory.getBuffer());
            return;
        }
        kept.flush();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
    }

    /**
     * Copies everything kept so far to {@code out}, and from then on writes straight to it: the last part of
     * a section need not wait, as the document has reached it.
     */
    void pourAndFollow(Writer out) throws IOException {
        pourInto(out);
        Writer spilled = kept;
        kept = new Writer() {
            @Override
            public void write(char[] text, int offset, int length) throws IOException {
                out.write(text, offset, length);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                spilled.close(); // the document's writer is the caller's; the spill file is ours
            }
        };
    }

    /** The temporary file, or null when the section is kept in memory. */
    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            kept.close();
        } finally {
            if (file != null) {
                TempFiles.delete(file);
            }
        }
    }
}
