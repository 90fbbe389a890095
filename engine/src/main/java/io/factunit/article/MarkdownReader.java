package io.factunit.article;

import io.factunit.article.yaml.YamlNode;
import io.factunit.article.yaml.YamlReader;
import java.nio.file.Path;
import java.util.List;

/**
 * Markdown articles: optional YAML front matter between two {@code ---} lines at the very top, with the keys
 * of a story.yaml entry except {@code file}. The text is the body after the front matter as a reader sees it
 * ({@link MarkdownText}: no markup), each char mapped to its line and column in the file.
 */
final class MarkdownReader {
    static final List<String> FRONT_MATTER_KEYS = List.of("title", "source", "url", "published");

    private MarkdownReader() {
    }

    static ParsedArticle parse(Path file, String content) {
        LineMap lines = new LineMap(content);
        if (!isFence(content, 0)) {
            return MarkdownText.read(content, 0, ArticleMetadata.NONE);
        }
        for (int line = 2; line <= lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            if (isFence(content, start)) {
                String yaml = content.substring(lines.lineStart(2), start);
                int bodyStart = line < lines.lineCount() ? lines.lineStart(line + 1) : content.length();
                ArticleMetadata metadata = metadata(file, yaml, content.length());
                return MarkdownText.read(content, bodyStart, metadata);
            }
        }
        throw new InputException(file, 1, 1, "front matter opened by '---' is never closed by a '---' line");
    }

    private static ArticleMetadata metadata(Path file, String yaml, long maxCodePoints) {
        // The YAML starts on line 2 of the file.
        YamlReader reader = ArticleYaml.reader(file, 1, maxCodePoints);
        YamlNode root = reader.read(yaml);
        if (root instanceof YamlNode.Null) {
            return ArticleMetadata.NONE;
        }
        return ArticleYaml.metadata(reader.mapping(root, "front matter", FRONT_MATTER_KEYS));
    }

    /** Whether the line starting at {@code start} is exactly "---" (trailing blanks allowed). */
    private static boolean isFence(String content, int start) {
        if (!content.startsWith("---", start)) {
            return false;
        }
        for (int i = start + 3; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
