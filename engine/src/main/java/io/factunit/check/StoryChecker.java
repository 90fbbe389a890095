package io.factunit.check;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.AnchorWords;
import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.Article;
import io.factunit.article.Story;
import io.factunit.claim.Claim;
import io.factunit.claim.ClaimExtractor;
import io.factunit.language.Language;
import io.factunit.mention.Mention;
import io.factunit.mention.MentionFinder;
import io.factunit.mention.MentionFinders;
import io.factunit.rules.AcceptedDiscrepancy;
import io.factunit.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The whole pipeline for one story: analyse each article, find mentions, turn them into claims, and run
 * the compiled checks over the claims. Articles are analysed in parallel (they are independent); the
 * output does not depend on scheduling.
 */
public final class StoryChecker {
    private final Supplier<CompiledRules> compiled;
    private final List<MentionFinder> finders;
    /** The words the finders start from: the analyser tags only sentences that hold one (or a digit, a name...). */
    private final AnchorWords anchorWords;
    private final ClaimExtractor extractor;
    private final Baseline baseline;

    /** A checker of the compiled rules, reading articles in the rules' language. */
    public StoryChecker(CompiledRules rules, Baseline baseline) {
        this(rules.rules(), () -> rules, rules.language(), baseline);
    }

    /**
     * A checker whose rules may still be compiling ({@code compiled} is asked only when a story's claims are
     * ready): a cold start analyses the first articles while Drools builds the KieBase. {@code compiled} must
     * give the rules compiled for {@code language}.
     */
    public StoryChecker(RuleSet rules, Supplier<CompiledRules> compiled, Language language, Baseline baseline) {
        this.compiled = compiled;
        this.finders = MentionFinders.standard(language, rules.names().all());
        this.anchorWords = MentionFinders.anchorWords(finders);
        this.extractor = new ClaimExtractor(rules);
        this.baseline = baseline;
    }

    public StoryReport check(Story story) {
        return check(story, StageTimer.NONE);
    }

    /** As {@link #check(Story)}, reporting each stage's time to {@code timer}. */
    public StoryReport check(Story story, StageTimer timer) {
        List<List<Claim>> perArticle = story.articles().parallelStream().map(a -> claims(a, timer)).toList();
        List<Claim> claims = new ArrayList<>();
        perArticle.forEach(claims::addAll);
        long start = timer.start();
        List<AcceptedDiscrepancy> used = new ArrayList<>();
        List<CheckResult> results = compiled.get().run(claims).stream().map(r -> baseline.apply(r, used::add)).toList();
        timer.stop(StageTimer.Stage.INSERT_FIRE, start);
        return new StoryReport(story, claims, results, used);
    }

    /** Every mention in one article, in text order. */
    public List<Mention> mentions(AnalyzedArticle analyzed) {
        return MentionFinders.find(finders, analyzed);
    }

    private List<Claim> claims(Article article, StageTimer timer) {
        long start = timer.start();
        AnalyzedArticle analyzed = TextAnalyzer.shared().analyze(article, anchorWords);
        timer.stop(StageTimer.Stage.ANALYSIS, start);
        start = timer.start();
        List<Mention> mentions = mentions(analyzed);
        timer.stop(StageTimer.Stage.MENTIONS, start);
        start = timer.start();
        List<Claim> claims = extractor.extract(analyzed, mentions);
        timer.stop(StageTimer.Stage.CLAIMS, start);
        return claims;
    }
}
