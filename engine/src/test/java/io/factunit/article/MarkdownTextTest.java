package io.factunit.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A Markdown article is read as its reader sees it, each char still at its own line and column of the file. */
class MarkdownTextTest {
    private static ParsedArticle read(String file) {
        return MarkdownReader.parse(Path.of("a.md"), file);
    }

    /** Where the {@code nth} (0-based) occurrence of {@code word} in the text comes from. */
    private static String at(ParsedArticle article, String word) {
        TextPosition position = article.positions().position(article.text().indexOf(word));
        return position.line() + ":" + position.column();
    }

    @Test
    void markupIsDroppedAndPositionsPointIntoTheFile() {
        ParsedArticle article = read("""
                ---
                source: Courier
                ---
                # Ferry sinks off *Lesbos* #

                The **textile** firm said _12 people_ died in [the sinking](https://example.com/a "report").
                > - Officials said `240` were rescued<br>, ![a photo](p.jpg) __all__ of them ~~adults~~.
                """);
        assertThat(article.text()).isEqualTo("Ferry sinks off Lesbos\n\nThe textile firm said 12 people died in the"
                + " sinking.\nOfficials said 240 were rescued,  all of them adults.\n");
        assertThat(article.metadata().source()).isEqualTo("Courier");
        assertThat(at(article, "Ferry")).isEqualTo("4:3");
        assertThat(at(article, "Lesbos")).isEqualTo("4:20");
        assertThat(at(article, "textile")).isEqualTo("6:7");
        assertThat(at(article, "12")).isEqualTo("6:28");
        assertThat(at(article, "sinking")).isEqualTo("6:52");
        assertThat(at(article, "Officials")).isEqualTo("7:5");
        assertThat(at(article, "240")).isEqualTo("7:21");
        assertThat(at(article, "all")).isEqualTo("7:64");
        assertThat(at(article, "adults")).isEqualTo("7:80");
    }

    @Test
    void textThatOnlyLooksLikeMarkupStays() {
        String prose = "Israel freed [Palestinian] prisoners [sic], 5 * 3 = 15, snake_case and 2_000 stay; \\*escaped\\*.\n";
        assertThat(read(prose).text()).isEqualTo("Israel freed [Palestinian] prisoners [sic], 5 * 3 = 15, snake_case"
                + " and 2_000 stay; *escaped*.\n");
        assertThat(at(read(prose), "*escaped")).as("the star, not its backslash").isEqualTo("1:85");
    }

    @Test
    void rulesUnderlinesFencesAndLinkDefinitionsAreNoProse() {
        ParsedArticle article = read("Title\n=====\n\n***\n\n[1]: https://example.com\nSee [the report][1].\n```\nraw *code*\n```\n");
        assertThat(article.text()).isEqualTo("Title\n\n\n\n\n\nSee the report.\n\nraw *code*\n\n");
        assertThat(at(article, "the report")).isEqualTo("7:6");
        assertThat(at(article, "raw")).isEqualTo("9:1");
    }
}
