package io.factunit.mention;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.Article;
import io.factunit.article.LineMap;
import java.nio.file.Path;
import java.util.List;

/** Hand-written article text, analysed as the pipeline would analyse a file. */
final class TestArticles {
    private TestArticles() {
    }

    static AnalyzedArticle analyze(String text) {
        LineMap lines = new LineMap(text);
        Article article = new Article("test", Path.of("test.txt"), text, null, null, null, null,
                Article.DateOrigin.UNKNOWN, List.of(), lines::position);
        return TextAnalyzer.shared().analyze(article);
    }
}
