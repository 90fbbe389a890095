package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.Sentence;
import io.factunit.analysis.TextAnalyzer;
import io.factunit.analysis.Token;
import io.factunit.article.Article;
import io.factunit.article.Story;
import io.factunit.article.StoryLoader;
import io.factunit.corpus.CorpusGenerator;
import io.factunit.language.TestLanguage;
import io.factunit.mention.Mention;
import io.factunit.rules.RuleSetLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast analyser (untagged sentences without anchors, greedy tags, whole alphanumeric words) must find
 * exactly the mentions that OpenNLP's full analysis finds: on the seeds, and on a generated corpus whose
 * names, figures and dates differ from them.
 */
class FastAnalysisEquivalenceTest {
    private static final StoryChecker CHECKER = new StoryChecker(RuleCompiler.compile(
            new RuleSetLoader().loadClasspathPacks(FastAnalysisEquivalenceTest.class.getClassLoader()),
            TestLanguage.ENGLISH), Baseline.NONE);

    @Test
    void seedsGiveTheSameMentionsWithAndWithoutTheShortcuts() {
        Story seeds = new StoryLoader().load(Path.of("../seeds"));

        int skipped = 0;
        for (Article article : seeds.articles()) {
            skipped += assertSameMentions(article);
        }
        assertThat(skipped).as("sentences left untagged on the seeds").isPositive();
    }

    @Test
    void generatedStoriesGiveTheSameMentionsWithAndWithoutTheShortcuts(@TempDir Path dir) {
        CorpusGenerator.Corpus corpus = CorpusGenerator.fromSeeds(Path.of("../seeds"), TestLanguage.NEWS_NAMES).generate(7, 40, dir);

        for (Path story : corpus.stories()) {
            for (Article article : new StoryLoader().load(story).articles()) {
                assertSameMentions(article);
            }
        }
    }

    /** Asserts and returns how many sentences the fast analysis left untagged. */
    private static int assertSameMentions(Article article) {
        AnalyzedArticle fast = TextAnalyzer.shared().analyze(article, TestLanguage.ANCHORS);
        AnalyzedArticle full = TextAnalyzer.reference().analyze(article, TestLanguage.ANCHORS);
        assertThat(fast.sentences()).extracting(Sentence::text)
                .containsExactlyElementsOf(full.sentences().stream().map(Sentence::text).toList());
        int untagged = 0;
        for (int i = 0; i < fast.sentences().size(); i++) {
            List<Token> tokens = fast.sentences().get(i).tokens();
            if (tokens.stream().allMatch(t -> t.upos().equals("X"))) {
                untagged++;
            } else {
                assertThat(tokens).as("tokens of %s", article.id()).isEqualTo(full.sentences().get(i).tokens());
            }
        }
        List<Mention> expected = CHECKER.mentions(full);
        assertThat(expected).isNotEmpty();
        assertThat(new ArrayList<>(CHECKER.mentions(fast))).as("mentions of %s", article.path())
                .containsExactlyElementsOf(expected);
        return untagged;
    }
}
