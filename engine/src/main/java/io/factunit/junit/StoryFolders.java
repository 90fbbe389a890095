package io.factunit.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Which folders are stories: a folder with article files is one; otherwise each sub-folder that is. */
final class StoryFolders {
    private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".md", ".markdown", ".html", ".htm");

    private StoryFolders() {
    }

    static List<Path> expand(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        if (isStory(dir)) {
            return List.of(dir);
        }
        List<Path> stories = new ArrayList<>();
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
                if (isStory(child)) {
                    stories.add(child);
                }
            }
        } catch (IOException e) {
            return List.of(dir);
        }
        return stories;
    }

    static boolean isStory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> Files.isRegularFile(f) && isArticle(f));
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith) && !name.startsWith(".")
                || name.equals("story.yaml");
    }
}
