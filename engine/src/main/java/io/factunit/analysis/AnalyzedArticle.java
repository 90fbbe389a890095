package io.factunit.analysis;

import io.factunit.article.Article;
import java.util.List;

/** An article split into sentences and tagged tokens; boilerplate lines are left out. */
public record AnalyzedArticle(Article article, List<Sentence> sentences) {
    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
    }
}
