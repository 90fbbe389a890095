package io.factunit.article;

import io.factunit.article.yaml.YamlMapping;
import io.factunit.article.yaml.YamlNode;
import io.factunit.article.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads and validates a folder's story.yaml; every problem is reported with its line and column. */
final class ManifestReader {
    static final List<String> STORY_KEYS = List.of("title", "articles");
    static final List<String> ENTRY_KEYS = List.of("file", "source", "url", "published", "title");
    private static final Pattern MISNAMED = Pattern.compile("(?i)story\\.ya?ml");

    private ManifestReader() {
    }

    /** The manifest of {@code dir}, or {@link StoryManifest#EMPTY} when it has no story.yaml. */
    static StoryManifest read(Path dir, LoadOptions options) {
        Path file = dir.resolve(ArticleFiles.MANIFEST);
        if (InputFiles.entry(file) == InputFiles.Kind.MISSING) {
            refuseMisnamedManifest(dir);
            return StoryManifest.EMPTY;
        }
        // a link or a pipe named story.yaml is refused by the reader, never opened
        String yaml = TextFileReader.read(file, options.maxManifestBytes(), "LoadOptions.maxManifestBytes");
        YamlReader reader = ArticleYaml.reader(file, 0, options.maxManifestBytes());
        YamlNode root = reader.read(yaml);
        if (root instanceof YamlNode.Null) {
            return StoryManifest.EMPTY;
        }
        YamlMapping story = reader.mapping(root, "story.yaml", STORY_KEYS);
        Map<String, StoryManifest.Entry> entries = new HashMap<>();
        for (YamlNode node : story.list("articles")) {
            StoryManifest.Entry entry = entry(dir, file, reader, node);
            StoryManifest.Entry first = entries.putIfAbsent(entry.file(), entry);
            if (first != null) {
                throw new InputException(file, entry.line(), entry.column(), "file '" + entry.file()
                        + "' is listed twice (first at " + first.line() + ":" + first.column() + ")");
            }
        }
        return new StoryManifest(story.strippedText("title"), entries);
    }

    /** A "story.yml" or "Story.yaml" would otherwise be ignored, and with it every source and date it gives. */
    private static void refuseMisnamedManifest(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            Path misnamed = files.filter(f -> MISNAMED.matcher(f.getFileName().toString()).matches())
                    .sorted().findFirst().orElse(null);
            if (misnamed != null) {
                throw new InputException(misnamed, "the manifest must be named " + ArticleFiles.MANIFEST
                        + " (lower case, .yaml); this file would be ignored");
            }
        } catch (IOException e) {
            throw new InputException(dir, 0, 0, "cannot list folder: " + InputFiles.reason(e), e);
        }
    }

    private static StoryManifest.Entry entry(Path dir, Path file, YamlReader reader, YamlNode node) {
        YamlMapping fields = reader.mapping(node, "each entry of 'articles'", ENTRY_KEYS);
        String name = fields.strippedText("file");
        if (name == null) {
            throw new InputException(file, node.line(), node.column(), "entry has no 'file'");
        }
        YamlNode at = fields.value("file");
        if (name.contains("/") || name.contains("\\") || name.equals("..") || name.equals(".")) {
            throw new InputException(file, at.line(), at.column(), "'file' must name a file in the story folder,"
                    + " not a path: '" + name + "'");
        }
        Path article = InputFiles.resolve(dir, name);
        if (article == null) {
            throw new InputException(file, at.line(), at.column(), "'file' " + InputFiles.unusableName(name) + ": '"
                    + name + "'");
        }
        InputFiles.Kind kind = InputFiles.entry(article);
        if (kind == InputFiles.Kind.MISSING || kind == InputFiles.Kind.FOLDER) {
            throw new InputException(file, at.line(), at.column(), "file '" + name + "' does not exist in " + dir);
        }
        if (ArticleFiles.format(name) == null) {
            throw new InputException(file, at.line(), at.column(), "file '" + name + "' is not an article ("
                    + ArticleFiles.describeExtensions() + "; README and SOURCE files never are)");
        }
        return new StoryManifest.Entry(name, ArticleYaml.metadata(fields), at.line(), at.column());
    }
}
