package io.factunit.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.article.Article;
import io.factunit.article.StoryLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plant changes the bytes of its text and no other, whatever the file's format. */
class ArticleFileTest {
    @TempDir
    Path dir;

    @Test
    void plainTextWithAByteOrderMarkAndWindowsLineEnds() throws IOException {
        String file = "\uFEFFHeadline\r\n\r\nThe fire killed 12 people.\r\nIt was the worst in 1998 and since.\r\n";
        assertThat(edited("a.txt", file, "1998", "2001"))
                .isEqualTo(file.replace("1998", "2001"));
    }

    @Test
    void markdownBodyAfterFrontMatter() throws IOException {
        String file = "---\ntitle: Fire\npublished: 2024-03-06\n---\nThe fire killed 12 people on Tuesday.\n";
        assertThat(edited("a.md", file, "12", "42")).isEqualTo(file.replace("12 people", "42 people"));
    }

    @Test
    void htmlTextInsideMarkup() throws IOException {
        String file = "<html><body><p>The fire <b>killed</b> 12 people, said Jane Holloway.</p></body></html>\n";
        assertThat(edited("a.html", file, "Holloway", "Holoway")).isEqualTo(file.replace("Holloway", "Holoway"));
    }

    @Test
    void htmlTextWrittenWithAnEntityIsNotEdited() throws IOException {
        String file = "<html><body><p>Caf&eacute; owner Jane Holloway said 12 people died.</p></body></html>\n";
        Article article = load("a.html", file);
        int at = article.text().indexOf("Café");
        assertThat(ArticleFile.of(file.getBytes(StandardCharsets.UTF_8))
                .edited(article, new Edit(at, at + 4, "Café", "Cafe"))).isNull();
    }

    /** The loaded article's text {@code before} (its only occurrence) made {@code after}, in the file's bytes. */
    private String edited(String name, String content, String before, String after) throws IOException {
        Article article = load(name, content);
        int at = article.text().indexOf(before);
        assertThat(article.text().indexOf(before, at + 1)).isNegative();
        byte[] bytes = Files.readAllBytes(dir.resolve(name));
        byte[] edited = ArticleFile.of(bytes).edited(article, new Edit(at, at + before.length(), before, after));
        return new String(edited, StandardCharsets.UTF_8);
    }

    private Article load(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        return new StoryLoader().loadArticle(dir.resolve(name));
    }
}
