package io.factunit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress bar on stderr for long runs (many stories) when stderr is a terminal; nothing otherwise, so CI
 * logs and redirected output stay clean. The drawing lives in {@link TerminalBar}, loaded only when a bar is
 * drawn: the progress bar library is an optional dependency that library users of the engine do not have.
 */
final class Progress implements AutoCloseable {
    /** Fewer stories than this finish before a bar would help. */
    static final int MIN_STORIES = 20;
    private static final Progress NONE = new Progress(null);

    private final TerminalBar bar;

    private Progress(TerminalBar bar) {
        this.bar = bar;
    }

    static Progress of(int stories) {
        if (stories < MIN_STORIES || !stderrIsTerminal()) {
            return NONE;
        }
        return new Progress(new TerminalBar(stories));
    }

    void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /** Java 17 cannot ask about stderr alone; on Linux its file descriptor names the terminal. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
