package io.factunit.mutate;

import io.factunit.article.Article;
import io.factunit.article.LineMap;
import io.factunit.article.TextPosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An article's file as bytes, and an edit of its text made in them: the edit's text is found where the
 * article's position map puts it (through front matter, zero-width characters and HTML markup), and only
 * those bytes change. An edit whose text the file does not hold as such there (an HTML entity, markup inside
 * a number) is not made.
 */
final class ArticleFile {
    private final byte[] bytes;
    private final String content;
    private final LineMap lines;

    private ArticleFile(byte[] bytes) {
        this.bytes = bytes;
        // the loader has read the file as strict UTF-8, so decoding and encoding give back the same bytes
        this.content = new String(bytes, StandardCharsets.UTF_8);
        this.lines = new LineMap(content);
    }

    static ArticleFile read(Path file) throws IOException {
        return new ArticleFile(Files.readAllBytes(file));
    }

    static ArticleFile of(byte[] bytes) {
        return new ArticleFile(bytes.clone());
    }

    /** The file as read; not to be changed. */
    byte[] bytes() {
        return bytes;
    }

    /** The file with {@code edit} made in it, byte for byte the same elsewhere; null when it cannot be made. */
    byte[] edited(Article article, Edit edit) {
        int at = offset(article.position(edit.start()));
        if (at < 0 || !content.startsWith(edit.before(), at)) {
            return null;
        }
        int from = content.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        int to = from + edit.before().getBytes(StandardCharsets.UTF_8).length;
        byte[] after = edit.after().getBytes(StandardCharsets.UTF_8);
        byte[] edited = new byte[bytes.length - (to - from) + after.length];
        System.arraycopy(bytes, 0, edited, 0, from);
        System.arraycopy(after, 0, edited, from, after.length);
        System.arraycopy(bytes, to, edited, from + after.length, bytes.length - to);
        return edited;
    }

    /** The offset in the file's text of a line and column, or -1 outside it. */
    private int offset(TextPosition position) {
        if (position.line() < 1 || position.line() > lines.lineCount()) {
            return -1;
        }
        int offset = lines.lineStart(position.line()) + position.column() - 1;
        return offset <= content.length() ? offset : -1;
    }
}
