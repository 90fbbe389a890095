package io.factunit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.factunit.article.Article;
import io.factunit.article.InputException;
import io.factunit.article.Span;
import io.factunit.article.Story;
import io.factunit.article.StoryLoader;
import io.factunit.article.TextPosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story loader on any bytes, as a .txt, .md or .html article or as a story.yaml beside a good article
 * (the first byte picks which: t, m, h or y; any other byte picks by its value). It loads, or refuses with an
 * {@link InputException} whose one-line message starts with the file; nothing else may escape. Every
 * offset of a loaded text maps to a line and column inside the file.
 * Corpus: src/test/resources/io/factunit/fuzz/ArticleLoaderFuzzTestInputs.
 */
class ArticleLoaderFuzzTest {
    private static final List<String> NAMES = List.of("a.txt", "a.md", "a.html", "story.yaml");
    private static final StoryLoader LOADER = new StoryLoader();

    @TempDir
    static Path story;

    @FuzzTest
    @Timeout(10)
    void anyBytesLoadOrAreRefusedWithTheirFile(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        String name = switch (input[0]) {
            case 't' -> "a.txt";
            case 'm' -> "a.md";
            case 'h' -> "a.html";
            case 'y' -> "story.yaml";
            default -> NAMES.get(Math.floorMod(input[0], NAMES.size()));
        };
        clear();
        byte[] content = Arrays.copyOfRange(input, 1, input.length);
        Files.write(story.resolve(name), content);
        if (name.equals("story.yaml")) {
            Files.writeString(story.resolve("a.txt"), "Israel released 240 Palestinian prisoners.\n");
        }
        Story loaded;
        try {
            loaded = LOADER.load(story);
        } catch (InputException e) {
            String message = e.getMessage();
            assertTrue(message.startsWith(story.toString()), message);
            assertFalse(message.contains("\n") || message.contains("\r"), "more than one line: " + message);
            return;
        }
        for (Article article : loaded.articles()) {
            // Latin-1 reads any bytes; its lines and length bound those of the decoded text from above.
            mapsIntoTheFile(article, Files.readString(article.path(), StandardCharsets.ISO_8859_1));
        }
    }

    /** Lines and columns stay inside the file. */
    private static void mapsIntoTheFile(Article article, String raw) {
        long lines = raw.lines().count() + 1;
        String text = article.text();
        for (int offset = 0; offset < text.length(); offset++) {
            TextPosition at = article.position(offset);
            int line = at.line();
            assertTrue(line >= 1 && line <= lines && at.column() >= 1 && at.column() <= raw.length() + 1,
                    () -> "an offset of " + article.path() + " maps to " + at + ", outside the file");
        }
        for (Span span : article.excluded()) {
            assertTrue(0 <= span.start() && span.start() <= span.end() && span.end() <= text.length(),
                    () -> "excluded " + span + " outside the text");
        }
        assertEquals(article.path().getParent(), story);
    }

    private static void clear() {
        try (Stream<Path> files = Files.list(story)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
