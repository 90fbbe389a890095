package io.factunit.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a story folder. (Minimal: plain text only; Markdown, HTML and story.yaml to follow.) */
public final class StoryLoader {

    public Story load(Path dir) {
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                articles.add(loadText(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Story(dir.getFileName().toString(), dir, null, articles);
    }

    private Article loadText(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        LineMap lines = new LineMap(text);
        return new Article(id, file, text, null, null, null, null, Article.DateOrigin.UNKNOWN, List.of(),
                lines::position);
    }
}
