package io.factunit.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.charset.Charset;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * How FactUnit touches input files. A story folder is untrusted (stories repositories take pull requests), so
 * an entry inside it is looked at without following links ({@link #entry}) and read only when it is a
 * regular file, opened with {@code O_NOFOLLOW} and never beyond its size limit ({@link #read}). Symbolic
 * links are refused rather than resolved: a link cannot point outside the folder, at a device or at a pipe
 * if it is never followed, and a story in git needs none. FIFOs, devices and sockets are refused before they
 * are opened (opening a FIFO blocks until a writer comes). Paths the user names on the command line or in
 * the build may be links ({@link #entryFollowingLinks}); they must still end at a regular file.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** What a path is, as far as reading it goes. */
    public enum Kind {
        MISSING("no such file"),
        REGULAR("a regular file"),
        FOLDER("a folder"),
        LINK("a symbolic link"),
        FIFO("a named pipe (FIFO)"),
        DEVICE("a device"),
        SOCKET("a socket"),
        OTHER("not a regular file");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** The entry {@code path} itself, a link not followed. */
    public static Kind entry(Path path) {
        return kind(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** What {@code path} leads to when links are followed (for paths the user named). */
    public static Kind entryFollowingLinks(Path path) {
        return kind(path);
    }

    private static Kind kind(Path path, LinkOption... options) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, options);
        } catch (NoSuchFileException e) {
            return Kind.MISSING;
        } catch (IOException e) {
            throw new InputException(path, 0, 0, "cannot read: " + reason(e), e);
        }
        if (attributes.isRegularFile()) {
            return Kind.REGULAR;
        }
        if (attributes.isDirectory()) {
            return Kind.FOLDER;
        }
        if (attributes.isSymbolicLink()) {
            return Kind.LINK;
        }
        return special(path, options);
    }

    /** Which kind of special file: unix attributes tell a FIFO from a device where the platform has them. */
    private static Kind special(Path path, LinkOption... options) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode", options);
            if (mode instanceof Integer bits) {
                return switch (bits & 0xF000) {
                    case 0x1000 -> Kind.FIFO;
                    case 0x2000, 0x6000 -> Kind.DEVICE;
                    case 0xC000 -> Kind.SOCKET;
                    default -> Kind.OTHER;
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view: the general description will do
        }
        return Kind.OTHER;
    }

    /**
     * Why an entry inside a story folder is not read, for an error naming it: links say where they point
     * (so the editor sees what the pull request tried), special files what they are.
     */
    public static String refusal(Path path, Kind kind) {
        String what = kind.description();
        if (kind == Kind.LINK) {
            what += linkTarget(path);
        }
        return what + ", not a regular file; only regular files inside the story folder are read"
                + (kind == Kind.LINK ? " (links are never followed): put the file itself here" : "");
    }

    /** Why a link to a folder, among story folders, is not checked as a story. */
    public static String linkedFolderRefusal(Path link) {
        return Kind.LINK.description() + linkTarget(link) + ", not a folder; story folders are never reached"
                + " through links: put the folder itself here";
    }

    private static String linkTarget(Path link) {
        try {
            Path target = Files.readSymbolicLink(link);
            Path resolved = link.resolveSibling(target);
            return " to " + target + (Files.exists(resolved) ? "" : " (which leads to no file)");
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    /**
     * The bytes of the regular file {@code file}, refused when larger than {@code maxBytes} before any is
     * read; at most {@code maxBytes + 1} bytes are ever read, also when the file grows meanwhile.
     * {@code limitName} names the setting in the message. The last element of {@code file} is never followed.
     */
    public static byte[] read(Path file, long maxBytes, String limitName) {
        return read(file, maxBytes, size -> "file is " + size + " bytes, over the limit of " + maxBytes + " bytes ("
                + limitName + ")");
    }

    /** As {@link #read(Path, long, String)}, with the message for a file of {@code size} bytes, too large. */
    public static byte[] read(Path file, long maxBytes, LongFunction<String> tooLarge) {
        Kind kind = entry(file);
        if (kind == Kind.MISSING) {
            throw new InputException(file, "no such file");
        }
        if (kind != Kind.REGULAR) {
            throw new InputException(file, refusal(file, kind));
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file,
                Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            long size = channel.size();
            if (size > maxBytes) {
                throw new InputException(file, tooLarge.apply(size));
            }
            InputStream in = Channels.newInputStream(channel);
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw new InputException(file, tooLarge.apply(bytes.length));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (IOException e) {
            throw new InputException(file, 0, 0, "cannot read: " + reason(e), e);
        }
    }

    /**
     * A file name from the input (story.yaml's {@code file:}) as a path in {@code dir}, or null when this
     * system cannot have such a name (a NUL, or a character the JVM's file-name encoding lacks).
     */
    public static Path resolve(Path dir, String name) {
        try {
            return dir.resolve(name);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * Why a name cannot be a path here: a NUL never can; anything else is the JVM reading file names in a
     * legacy encoding (a C or POSIX locale), which a UTF-8 locale fixes.
     */
    public static String unusableName(String name) {
        if (name.indexOf('\0') >= 0) {
            return "contains a NUL character";
        }
        return "cannot be a file name while the JVM reads file names as " + fileNameEncoding()
                + "; run it with a UTF-8 locale (LC_ALL=C.UTF-8)";
    }

    /** The charset the JVM encodes file names in (sun.jnu.encoding), UTF-8 under any UTF-8 locale. */
    public static String fileNameEncoding() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? "UTF-8" : Charset.forName(name).name();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    /** An I/O failure as a reader understands it: "permission denied", not the exception's class. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
