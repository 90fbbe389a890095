package io.factunit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.language.TestLanguage;
import io.factunit.mention.Mention;
import io.factunit.mention.MentionFinders;
import io.factunit.mention.TestArticles;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A long article's claims are made in runs on several threads; they are the claims one run makes, in order. */
class LongArticleClaimsTest {
    private static final RuleSet RULES = new RuleSetLoader().parse("long.yaml", """
            claims:
              - id: killed
                mention: quantity
                head: [people]
                verb: [kill]
              - id: figures
                mention: quantity
                open: true
                qualifiers: [head, event]
                align-by: [verb, holder, published]
              - id: stated-dates
                mention: date
              - id: event-dates
                mention: date
                event: true
              - id: people
                mention: person
              - id: quotes
                mention: quote
            """);

    @Test
    void runsOnSeveralThreadsMakeTheClaimsOfOneRun() {
        String text = TestArticles.longText(600,
                i -> "The strike on Tuesday killed " + (12 + i) + " people, officials said.",
                i -> "\"We will not accept it,\" said Mahmoud Abbas, the Palestinian president.",
                i -> "Smith was elected in " + (1990 + i % 20) + " and served " + (i % 7 + 2) + " terms.");
        AnalyzedArticle article = TestArticles.analyzed(text, LocalDate.of(2023, 12, 1));
        List<Mention> mentions = MentionFinders.find(MentionFinders.standard(TestLanguage.ENGLISH), article);
        assertThat(article.isLong()).isTrue();
        assertThat(mentions).hasSizeGreaterThan(1000);
        ClaimExtractor extractor = new ClaimExtractor(RULES);

        List<Claim> oneRun = extractor.extract(article, mentions, Integer.MAX_VALUE / 2);
        List<Claim> inRuns = extractor.extract(article, mentions, 97);

        assertThat(inRuns).isEqualTo(oneRun);
        assertThat(inRuns).extracting(Claim::alignment).isEqualTo(oneRun.stream().map(Claim::alignment).toList());
        assertThat(inRuns).extracting(Claim::qualifier).isEqualTo(oneRun.stream().map(Claim::qualifier).toList());
        assertThat(oneRun).extracting(Claim::kind)
                .contains("killed", "figures", "stated-dates", "event-dates", "people", "quotes");
    }
}
