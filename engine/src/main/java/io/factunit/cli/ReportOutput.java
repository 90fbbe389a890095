package io.factunit.cli;

import io.factunit.report.Scratch;
import io.factunit.report.TempFiles;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where {@code check} writes its report while the stories are checked. With --output: a hidden temporary
 * file beside the target (so the move into place is a rename, and parts that wait for the last story wait
 * there too), moved over the target once the report is complete, so a reader never sees half a report;
 * it is deleted if the run fails or is stopped ({@link TempFiles}). Without: the report is kept in memory
 * and written to stdout once every story is in, so a run that stops on bad input leaves stdout empty and
 * nothing is left in a shared temporary folder.
 */
final class ReportOutput implements Closeable {
    private final Path target;
    private final PrintWriter stdout;
    private final Path temp;
    private final StringWriter memory;
    private final Writer writer;

    private ReportOutput(Path target, PrintWriter stdout, Path temp, StringWriter memory, Writer writer) {
        this.target = target;
        this.stdout = stdout;
        this.temp = temp;
        this.memory = memory;
        this.writer = writer;
    }

    /** The report file {@code target} (checked by {@link OutputTarget}), or stdout when it is null. */
    static ReportOutput open(Path target, PrintWriter stdout) throws IOException {
        if (target == null) {
            StringWriter memory = new StringWriter();
            return new ReportOutput(null, stdout, null, memory, memory);
        }
        TempFiles.Created temp = TempFiles.create(target.getParent(), ".tmp");
        Writer writer = new BufferedWriter(new OutputStreamWriter(temp.out(), StandardCharsets.UTF_8));
        return new ReportOutput(target, stdout, temp.file(), null, writer);
    }

    Writer writer() {
        return writer;
    }

    /** Where parts of the report that wait for the last story are kept: beside the report file, or in memory. */
    Scratch scratch() {
        return target == null ? Scratch.MEMORY : Scratch.beside(target.getParent());
    }

    /** Puts the finished report where it belongs. */
    void publish() throws IOException {
        writer.close();
        if (target != null) {
            // a rename replaces the entry at the target, never what a link there would point to
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            TempFiles.forget(temp);
            return;
        }
        stdout.append(memory.getBuffer());
        stdout.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            if (temp != null) {
                TempFiles.delete(temp);
            }
        }
    }
}
