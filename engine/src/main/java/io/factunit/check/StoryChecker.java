package io.factunit.check;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.Article;
import io.factunit.article.Story;
import io.factunit.claim.Claim;
import io.factunit.claim.ClaimExtractor;
import io.factunit.mention.Mention;
import io.factunit.mention.MentionFinder;
import io.factunit.mention.MentionFinders;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole pipeline for one story: analyse each article, find mentions, turn them into claims, and run
 * the compiled checks over the claims. Articles are analysed in parallel (they are independent); the
 * output does not depend on scheduling.
 */
public final class StoryChecker {
    private final CompiledRules rules;
    private final List<MentionFinder> finders;
    private final ClaimExtractor extractor;
    private final Baseline baseline;

    public StoryChecker(CompiledRules rules, List<MentionFinder> finders, Baseline baseline) {
        this.rules = rules;
        this.finders = List.copyOf(finders);
        this.extractor = new ClaimExtractor(rules.rules());
        this.baseline = baseline;
    }

    public StoryReport check(Story story) {
        List<List<Claim>> perArticle = story.articles().parallelStream().map(this::claims).toList();
        List<Claim> claims = new ArrayList<>();
        perArticle.forEach(claims::addAll);
        List<CheckResult> results = rules.run(claims).stream().map(baseline::apply).toList();
        return new StoryReport(story, claims, results);
    }

    /** Every mention in one article, in text order. */
    public List<Mention> mentions(AnalyzedArticle analyzed) {
        return MentionFinders.find(finders, analyzed);
    }

    private List<Claim> claims(Article article) {
        AnalyzedArticle analyzed = TextAnalyzer.shared().analyze(article);
        return extractor.extract(analyzed, mentions(analyzed));
    }
}
