package io.factunit.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where {@code check} writes its report while the stories are checked: a temporary file, moved into place
 * (--output) or copied to stdout once every story is in. A reader never sees half a report, a run that
 * stops on bad input leaves stdout empty, and the report is never held in memory.
 */
final class ReportOutput implements Closeable {
    private final Path target;
    private final PrintWriter stdout;
    private final Path temp;
    private final Writer writer;

    private ReportOutput(Path target, PrintWriter stdout, Path temp) throws IOException {
        this.target = target;
        this.stdout = stdout;
        this.temp = temp;
        try {
            writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** The report file {@code target}, or stdout when it is null. */
    static ReportOutput open(Path target, PrintWriter stdout) throws IOException {
        if (target == null) {
            return new ReportOutput(null, stdout, Files.createTempFile("factunit-report-", ".tmp"));
        }
        Path absolute = target.toAbsolutePath();
        // beside the target, so that the move is a rename
        return new ReportOutput(absolute, stdout, Files.createTempFile(absolute.getParent(), ".factunit-", ".tmp"));
    }

    Writer writer() {
        return writer;
    }

    /** Puts the finished report where it belongs. */
    void publish() throws IOException {
        writer.close();
        if (target != null) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        try (Reader report = Files.newBufferedReader(temp, StandardCharsets.UTF_8)) {
            report.transferTo(stdout);
        }
        stdout.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
