package io.factunit.report;

import io.factunit.article.Article;
import io.factunit.mention.Mention;
import java.util.List;

/** What the analysis found in one article, for {@code factunit mentions}: the article and its mentions in text order. */
public record ArticleMentions(Article article, List<Mention> mentions) {
    public ArticleMentions {
        mentions = List.copyOf(mentions);
    }
}
