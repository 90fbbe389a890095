package io.factunit.mention;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.Article;
import io.factunit.article.LineMap;
import io.factunit.language.TestLanguage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;

/** Hand-written article text, analysed as the pipeline would analyse a file. */
public final class TestArticles {

    private TestArticles() {
    }

    /** An undated article. */
    public static AnalyzedArticle analyze(String text) {
        return analyzed(text, null);
    }

    public static AnalyzedArticle analyzed(String text, LocalDate published) {
        Article article = new Article("test", Path.of("test.txt"), text, null, null, null, published,
                published == null ? Article.DateOrigin.UNKNOWN : Article.DateOrigin.METADATA, List.of(),
                new LineMap(text)::position);
        return TextAnalyzer.shared().analyze(article, TestLanguage.ANCHORS);
    }

    /**
     * A long text for the code paths of long articles: {@code count} sentences, the i-th made by
     * {@code sentences[i % sentences.length]} from i, ten to a paragraph.
     */
    @SafeVarargs
    public static String longText(int count, IntFunction<String>... sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(sentences[i % sentences.length].apply(i)).append(i % 10 == 9 ? "\n\n" : " ");
        }
        return text.toString();
    }

    /** The same article with another publication date, as story.yaml would give it. */
    public static Article published(Article article, LocalDate published) {
        return new Article(article.id(), article.path(), article.text(), article.title(), article.source(),
                article.url(), published, Article.DateOrigin.METADATA, article.excluded(), article.positions());
    }
}
