package io.factunit.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.factunit.article.Article;
import io.factunit.article.InputException;
import io.factunit.article.LoadOptions;
import io.factunit.article.Story;
import io.factunit.article.StoryLoader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story-folder loader on random trees: files of any size and bytes, folders, symbolic links (out of the
 * story, to devices, dangling, in loops), named pipes and sockets, under names an article or a manifest has
 * and names nobody expects. Whatever the tree, loading ends (no pipe is opened: {@code @Timeout}), reads
 * nothing outside the story folder (the outside files' marker never reaches an article), and either loads
 * regular files inside the folder or refuses with one line naming a path inside it. Nothing else escapes.
 * Corpus: src/test/resources/io/factunit/fuzz/StoryFolderFuzzTestInputs.
 */
class StoryFolderFuzzTest {
    private static final String MARKER = "OUTSIDE-THE-STORY";
    private static final List<String> NAMES = List.of("a.txt", "b.md", "c.html", "d.htm", "e.markdown",
            "story.yaml", "story.yml", "Story.yaml", "README.md", "sub", "more", ".hidden.txt", "zürich.txt",
            "f.TXT", "notes.pdf");
    /** A small article limit, so that "too large" is as easy to reach as anything else. */
    private static final StoryLoader LOADER = new StoryLoader(LoadOptions.DEFAULTS.withMaxArticleBytes(64 * 1024));

    @TempDir
    static Path tmp;
    private static Path outside;
    private static Path fifo;
    private static Path socket;
    private static int run;

    @BeforeAll
    static void outsideTheStory() throws IOException, InterruptedException {
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), MARKER + ": Israel released 999 prisoners.\n");
        Path folder = Files.createDirectories(outside.resolve("folder"));
        Files.writeString(folder.resolve("x.txt"), MARKER + ": Israel released 998 prisoners.\n");
        Files.writeString(folder.resolve("y.txt"), MARKER + ": Israel released 997 prisoners.\n");
        // made once; each tree gets a hard link to them, which is the same pipe or socket
        fifo = outside.resolve("pipe");
        if (new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor() != 0) {
            throw new IOException("mkfifo failed");
        }
        socket = outside.resolve("socket");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
        }
    }

    @FuzzTest
    @Timeout(10)
    void anyTreeLoadsOrIsRefusedInsideIt(FuzzedDataProvider data) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("run" + run++).resolve("stories"));
        try {
            build(root, data);
            check(root);
        } finally {
            delete(root.getParent());
        }
    }

    private static void check(Path root) throws IOException {
        List<Story> stories = new ArrayList<>();
        try {
            for (Path dir : StoryLoader.storyFolders(root)) {
                stories.add(LOADER.load(dir));
            }
        } catch (InputException e) {
            String message = e.getMessage();
            assertTrue(message.startsWith(root.toString()), message);
            assertFalse(message.contains("\n") || message.contains("\r"), "more than one line: " + message);
            assertFalse(message.contains(MARKER), "quotes a file outside: " + message);
            return;
        }
        for (Story story : stories) {
            for (Article article : story.articles()) {
                assertTrue(article.path().startsWith(root), () -> article.path() + " is outside " + root);
                assertTrue(Files.isRegularFile(article.path(), LinkOption.NOFOLLOW_LINKS),
                        () -> article.path() + " is not a regular file");
                if (article.text().contains(MARKER)) {
                    // the fuzzer learns the marker from this very comparison and may write it into a file
                    assertTrue(holdsItself(article.path()), () -> article.path() + " was read from outside");
                }
            }
        }
    }

    /** Whether the file's own bytes, in any encoding an article may have, hold the marker. */
    private static boolean holdsItself(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            for (int skip = 0; skip < Math.min(3, bytes.length); skip++) {
                if (new String(bytes, skip, bytes.length - skip, charset).contains(MARKER)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void build(Path root, FuzzedDataProvider data) throws IOException {
        List<Path> folders = new ArrayList<>(List.of(root));
        int entries = data.consumeInt(0, 12);
        for (int i = 0; i < entries; i++) {
            Path parent = data.pickValue(folders);
            String name = data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(12);
            Path path;
            try {
                path = parent.resolve(name);
            } catch (InvalidPathException e) {
                continue; // a NUL: no file system has such a name
            }
            if (name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..") || Files.exists(path,
                    LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                make(path, data, folders);
            } catch (FileAlreadyExistsException e) {
                // two names the file system folds together
            } catch (FileSystemException e) {
                if (!String.valueOf(e.getReason()).contains("File name too long")) {
                    throw e;
                }
            }
        }
    }

    private static void make(Path path, FuzzedDataProvider data, List<Path> folders) throws IOException {
        switch (data.consumeInt(0, 6)) {
            case 0 -> {
                Files.createDirectory(path);
                if (folders.size() < 6) {
                    folders.add(path);
                }
            }
            case 1 -> Files.createSymbolicLink(path, Path.of(data.pickValue(List.of("../../outside/secret.txt",
                    outside.resolve("secret.txt").toString(), outside.resolve("folder").toString(), "../../outside/folder",
                    "/dev/zero", "/dev/stdin", "/dev/stdout", "/etc/passwd", "missing.txt", path.getFileName().toString(),
                    "a.txt", "..", "."))));
            case 2 -> Files.createLink(path, fifo);
            case 3 -> Files.createLink(path, socket);
            case 4 -> {
                // a sparse file over the article limit, or just under it
                try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
                    file.setLength(data.pickValue(List.of(64L * 1024 + 1, 64L * 1024, 10L * 1024 * 1024)));
                }
            }
            default -> Files.write(path, data.consumeBytes(2048));
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
