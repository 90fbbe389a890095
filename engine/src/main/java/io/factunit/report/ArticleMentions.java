package io.factunit.report;

import io.factunit.analysis.AnchorWords;
import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.Article;
import io.factunit.language.Language;
import io.factunit.mention.Mention;
import io.factunit.mention.MentionFinder;
import io.factunit.mention.MentionFinders;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** What the analysis found in one article, for {@code factunit mentions}: the article and its mentions in text order. */
public record ArticleMentions(Article article, List<Mention> mentions) {
    public ArticleMentions {
        mentions = List.copyOf(mentions);
    }

    /**
     * The listing of {@code factunit mentions}: the standard finders on each article, people read with the
     * {@code names} of places and organisations the rules declare. The TimeML benchmark lists through here too.
     */
    public static List<ArticleMentions> find(List<Article> articles, Language language, Collection<String> names) {
        List<MentionFinder> finders = MentionFinders.standard(language, names);
        AnchorWords anchorWords = MentionFinders.anchorWords(finders);
        List<ArticleMentions> found = new ArrayList<>();
        for (Article article : articles) {
            found.add(new ArticleMentions(article,
                    MentionFinders.find(finders, TextAnalyzer.shared().analyze(article, anchorWords))));
        }
        return found;
    }
}
