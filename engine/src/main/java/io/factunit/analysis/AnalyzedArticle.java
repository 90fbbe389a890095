package io.factunit.analysis;

import io.factunit.article.Article;
import java.util.List;

/** An article split into sentences and tagged tokens; boilerplate lines are left out. */
public record AnalyzedArticle(Article article, List<Sentence> sentences) {
    /**
     * From this many sentences on an article is long (one hostile file, a book pasted in): its analysis and its
     * finders are spread over several threads, as a story's articles are.
     */
    static final int LONG_FROM = 512;

    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
    }

    /** Whether the article is {@link #LONG_FROM long}, so worth working on with several threads. */
    public boolean isLong() {
        return sentences.size() >= LONG_FROM;
    }
}
