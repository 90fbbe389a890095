package io.factunit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files of a report: hidden ({@code .factunit-*}) in the folder of the report they become part
 * of, never in the system's temporary folder, created new ({@code O_EXCL}: never through a link someone left
 * at the name) with the permissions the umask gives, and deleted when closed, when the run fails, and when the
 * process is stopped (SIGTERM, Ctrl-C) by a shutdown hook. Only SIGKILL can leave one behind.
 */
public final class TempFiles {
    private static final Set<Path> LIVE = new LinkedHashSet<>();
    private static boolean hooked;

    private TempFiles() {
    }

    /** A new empty file {@code .factunit-RANDOM.suffix} in {@code folder}, open for writing. */
    public static Created create(Path folder, String suffix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path file = folder.resolve(".factunit-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                    + suffix);
            try {
                register(file);
                OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return new Created(file, out);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                forget(file);
                if (attempt > 100) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                forget(file);
                throw e;
            }
        }
    }

    /** A file just made, and the stream that writes it. */
    public record Created(Path file, OutputStream out) {
    }

    /** Deletes {@code file} if it is still there. */
    public static void delete(Path file) throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            forget(file);
        }
    }

    /** {@code file} has been moved into place (or deleted): nothing to clean up any more. */
    public static synchronized void forget(Path file) {
        LIVE.remove(file);
    }

    /** The files made and not yet deleted or moved (for tests). */
    static synchronized List<Path> live() {
        return List.copyOf(LIVE);
    }

    private static synchronized void register(Path file) {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "factunit-temp-files"));
            hooked = true;
        }
        LIVE.add(file);
    }

    private static void deleteAll() {
        for (Path file : live()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException e) {
                // the process is ending; another file may still be deletable
            }
        }
    }
}
