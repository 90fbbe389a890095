package io.factunit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.article.Article;
import io.factunit.article.Boilerplate;
import io.factunit.article.LineMap;
import io.factunit.language.TestLanguage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Analysis skips boilerplate, including furniture that covers only part of a line. */
class TextAnalyzerExclusionTest {

    private static Article article(String text) {
        return new Article("a", Path.of("a.txt"), text, null, null, null, null, Article.DateOrigin.UNKNOWN,
                Boilerplate.find(text), new LineMap(text)::position);
    }

    @Test
    void analysesTheHeadlineGluedBehindFurnitureAndSkipsWholeFurnitureLines() {
        String text = "Talks went on.\nYou may also like\n\nLeave a CommentHamas head in Cairo as talks resume.\n"
                + "0 Comments//Skip to content\nThe talks ended.";
        AnalyzedArticle analyzed = TextAnalyzer.shared().analyze(article(text), TestLanguage.ANCHORS);
        assertThat(analyzed.sentences()).extracting(Sentence::text).containsExactly(
                "Talks went on.", "Hamas head in Cairo as talks resume.", "The talks ended.");
        assertThat(analyzed.sentences().get(1).start()).isEqualTo(text.indexOf("Hamas"));
    }
}
