package io.factunit.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder holds articles exactly when listing its articles finds some; the listing is sorted by name. */
class ArticleFilesTest {

    @Test
    void onlyRegularArticleFilesCount(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("README.md"), "about");
        Files.writeString(dir.resolve(".hidden.txt"), "hidden");
        Files.writeString(dir.resolve("photo.jpg"), "jpg");
        Files.writeString(dir.resolve("story.yaml"), "title: t");
        Files.createDirectory(dir.resolve("folder.txt"));

        assertThat(ArticleFiles.any(dir)).isFalse();
        assertThat(ArticleFiles.list(dir)).isEmpty();

        Files.writeString(dir.resolve("b.html"), "<p>b</p>");
        Files.writeString(dir.resolve("a.TXT"), "a");
        Files.writeString(dir.resolve("C.md"), "c");

        assertThat(ArticleFiles.any(dir)).isTrue();
        assertThat(ArticleFiles.list(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("C.md", "a.TXT", "b.html");
    }
}
