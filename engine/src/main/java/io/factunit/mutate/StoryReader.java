package io.factunit.mutate;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.AnchorWords;
import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.Article;
import io.factunit.article.Story;
import io.factunit.language.Language;
import io.factunit.mention.MentionFinder;
import io.factunit.mention.MentionFinders;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads a story with the standard finders of a language, knowing the places and organisations the rules
 * declare, as the checker and {@code factunit mentions} read it: the analysis and the mentions the plants are
 * placed by.
 */
final class StoryReader {
    private final List<MentionFinder> finders;
    private final AnchorWords anchors;

    StoryReader(Language language, Collection<String> names) {
        this.finders = MentionFinders.standard(language, names);
        this.anchors = MentionFinders.anchorWords(finders);
    }

    StoryReading read(Story story) {
        List<ArticleReading> articles = new ArrayList<>();
        for (Article article : story.articles()) {
            AnalyzedArticle analyzed = TextAnalyzer.shared().analyze(article, anchors);
            articles.add(new ArticleReading(article, analyzed, MentionFinders.find(finders, analyzed)));
        }
        return new StoryReading(story, articles);
    }
}
