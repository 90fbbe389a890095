package io.factunit.mutate;

import io.factunit.article.TextPosition;
import java.nio.file.Path;

/**
 * One contradiction planted in a copy of a story: {@code before} became {@code after} in one article, where
 * {@code articles} articles of the story state the fact in the same words.
 *
 * @param kind      what was changed
 * @param story     the story folder (the original)
 * @param articleId the article changed
 * @param file      the article's original file
 * @param position  line and column of the change in that file
 * @param start     offset of the change in the article's text
 * @param before    the text as written
 * @param after     the text planted
 * @param fact      the words that state the fact, as written in this article (context included)
 * @param articles  how many articles state the fact in these words
 */
public record Plant(PlantKind kind, Path story, String articleId, Path file, TextPosition position, int start,
                    String before, String after, String fact, int articles) {

    /** "stories/a/001.txt:12:5", the form IDEs and terminals turn into links. */
    public String where() {
        return file + ":" + position.line() + ":" + position.column();
    }
}
