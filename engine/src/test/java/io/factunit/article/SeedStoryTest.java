package io.factunit.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The five seed articles, loaded as a user would: tests run with engine/ as the working folder. */
class SeedStoryTest {
    private static final Path SEEDS = Path.of("../seeds");

    private final Story story = new StoryLoader().load(SEEDS);

    @Test
    void storyTitleAndArticlesInFileOrder() {
        assertThat(story.id()).isEqualTo("seeds");
        assertThat(story.title()).isEqualTo("Hamas leader in Cairo for ceasefire talks");
        assertThat(story.articles()).extracting(Article::id).containsExactly(
                "000_3e65c4e6364ee2ab", "001_da2c65fc36121cf0", "002_36b8f96a3ff872cc",
                "003_9a1633e24300d991", "004_9d61dd4defbaf8ac");
    }

    @Test
    void sourcesComeFromStoryYaml() {
        assertThat(story.articles()).extracting(Article::source)
                .containsExactly("time news", "Al Jazeera", null, null, null);
        assertThat(story.articles()).extracting(Article::title).containsOnlyNulls();
        assertThat(story.articles()).extracting(Article::url).containsOnlyNulls();
    }

    @Test
    void onlyArticle004HasAPublicationDate() {
        assertThat(story.articles()).extracting(Article::published)
                .containsExactly(null, null, null, null, LocalDate.of(2024, 2, 1));
        assertThat(story.articles()).extracting(Article::dateOrigin).containsExactly(
                Article.DateOrigin.UNKNOWN, Article.DateOrigin.UNKNOWN, Article.DateOrigin.UNKNOWN,
                Article.DateOrigin.UNKNOWN, Article.DateOrigin.METADATA);
    }

    @Test
    void textsAreTheFilesUnchangedWithTheirLinePositions() throws Exception {
        Article article = story.articles().get(4);
        assertThat(article.text()).isEqualTo(Files.readString(SEEDS.resolve("004_9d61dd4defbaf8ac.txt")));
        assertThat(article.position(article.text().indexOf("February 1, 2024"))).isEqualTo(new TextPosition(10, 1));
        assertThat(article.position(article.text().indexOf("Khan Yunis"))).isEqualTo(new TextPosition(19, 190));
    }

    @Test
    void withoutItsManifestArticle004IsDatedByItsDateline(@TempDir Path dir)
            throws Exception {
        Path copy = dir.resolve("004_9d61dd4defbaf8ac.txt");
        Files.copy(SEEDS.resolve("004_9d61dd4defbaf8ac.txt"), copy);
        Article article = new StoryLoader().load(dir).articles().get(0);
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(article.dateOrigin()).isEqualTo(Article.DateOrigin.DATELINE);
    }
}
