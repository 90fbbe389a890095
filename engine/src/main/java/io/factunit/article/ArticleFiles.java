package io.factunit.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which files of a story folder are articles: not hidden, with an article extension (.txt, .md, .markdown,
 * .html, .htm, in any case). README and SOURCE files (any of those extensions) describe the folder rather
 * than report the story, so they are never articles; nor is anything else (images, story.yaml, other YAML).
 * An entry with an article's name that is not a regular file (a link, a pipe, a device) is still listed, so
 * that loading refuses it by name instead of dropping it ({@link InputFiles}).
 */
final class ArticleFiles {
    static final List<String> EXTENSIONS = List.of("txt", "md", "markdown", "html", "htm");
    static final String MANIFEST = "story.yaml";
    private static final Set<String> NOT_ARTICLES = Set.of("readme", "source");

    private ArticleFiles() {
    }

    enum Format { TEXT, MARKDOWN, HTML }

    /** The format for an article file name, or null when the name is not an article's. */
    static Format format(String name) {
        if (name.startsWith(".")) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || NOT_ARTICLES.contains(name.substring(0, dot).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return switch (name.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "txt" -> Format.TEXT;
            case "md", "markdown" -> Format.MARKDOWN;
            case "html", "htm" -> Format.HTML;
            default -> null;
        };
    }

    /** The article's id: its file name without the extension. */
    static String id(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    /**
     * The entries of a folder named like articles, sorted by name so every run sees the same order. A
     * sub-folder named like one ("2024.html/") is a folder, not an article.
     */
    static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            // each name made once, not at every comparison of the sort
            return files.map(f -> Map.entry(f.getFileName().toString(), f))
                    .filter(named -> format(named.getKey()) != null)
                    .filter(named -> InputFiles.entry(named.getValue()) != InputFiles.Kind.FOLDER)
                    .sorted(Map.Entry.comparingByKey())
                    .map(Map.Entry::getValue)
                    .toList();
        } catch (IOException e) {
            throw new InputException(dir, 0, 0, "cannot list folder: " + InputFiles.reason(e), e);
        }
    }

    /**
     * Whether a folder holds an entry {@link #list} would list; stops at the first, where a listing would
     * read them all.
     */
    static boolean any(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> format(f.getFileName().toString()) != null
                    && InputFiles.entry(f) != InputFiles.Kind.FOLDER);
        } catch (IOException e) {
            throw new InputException(dir, 0, 0, "cannot list folder: " + InputFiles.reason(e), e);
        }
    }

    static String describeExtensions() {
        return "." + String.join(", .", EXTENSIONS);
    }
}
