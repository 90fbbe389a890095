package io.factunit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The temporary files of a report: hidden ({@code .factunit-*}) in the folder of the report they become part
 * of, never in the system's temporary folder, created new ({@code O_EXCL}: never through a link someone left
 * at the name) with the permissions the umask gives, and deleted when closed, when the run fails, and when the
 * process is stopped (SIGTERM, Ctrl-C) by a shutdown hook. Only SIGKILL can leave one behind.
 * <p>
 * Temporary folders ({@link #createFolder}) are for copies that must not sit beside their originals (the
 * mutated stories of {@code factunit mutate}): made in the system's temporary folder, readable by the owner
 * only, and deleted with everything in them on the same occasions.
 */
public final class TempFiles {
    private static final Set<Path> LIVE = new LinkedHashSet<>();
    private static final Set<Path> LIVE_FOLDERS = new LinkedHashSet<>();
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

    /**
     * A new empty folder {@code PREFIXRANDOM} in the system's temporary folder ({@code java.io.tmpdir}), which
     * only the owner may read on POSIX systems; deleted with its contents by {@link #deleteFolder} or when the
     * process ends.
     */
    public static synchronized Path createFolder(String prefix) throws IOException {
        hook();
        Path folder = Files.createTempDirectory(prefix);
        LIVE_FOLDERS.add(folder);
        return folder;
    }

    /** Deletes {@code folder} and everything in it (links are deleted, never followed). */
    public static void deleteFolder(Path folder) throws IOException {
        try {
            deleteTree(folder);
        } finally {
            synchronized (TempFiles.class) {
                LIVE_FOLDERS.remove(folder);
            }
        }
    }

    /** The folders made and not yet deleted (for tests). */
    public static synchronized List<Path> liveFolders() {
        return List.copyOf(LIVE_FOLDERS);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) { // walk does not follow links
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
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
        hook();
        LIVE.add(file);
    }

    private static void hook() {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "factunit-temp-files"));
            hooked = true;
        }
    }

    private static void deleteAll() {
        for (Path file : live()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException e) {
                // the process is ending; another file may still be deletable
            }
        }
        List<Path> folders;
        synchronized (TempFiles.class) {
            folders = List.copyOf(LIVE_FOLDERS);
        }
        for (Path folder : folders) {
            deleteWhileInUse(folder);
        }
    }

    /**
     * Deletes a folder that the process's other threads may still be writing into: shutdown hooks run beside
     * them, so a file made after the walk listed its folder makes that folder's deletion fail. Tries again a few
     * times; once the folder itself is gone nothing can be written under it any more (writers make one level at
     * a time, never the missing parents).
     */
    private static void deleteWhileInUse(Path folder) {
        for (int attempt = 0; attempt < 50 && Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS); attempt++) {
            try {
                deleteTree(folder);
            } catch (IOException | RuntimeException e) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
