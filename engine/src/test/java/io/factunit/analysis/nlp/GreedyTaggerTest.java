package io.factunit.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.Article;
import io.factunit.article.StoryLoader;
import io.factunit.language.TestLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The re-packed model and the greedy tagger answer exactly what OpenNLP answers, on every seed sentence. */
class GreedyTaggerTest {
    private static POSModel pos;
    private static TokenizerModel tokens;
    private static List<String[]> sentences;

    @BeforeAll
    static void seedSentences() throws IOException {
        pos = new POSModel(resource("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
        tokens = new TokenizerModel(resource("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"));
        TokenizerME tokenizer = new TokenizerME(tokens);
        sentences = new ArrayList<>();
        for (Article article : new StoryLoader().load(Path.of("../seeds")).articles()) {
            for (Sentence sentence : TextAnalyzer.shared().analyze(article, TestLanguage.ANCHORS).sentences()) {
                sentences.add(tokenizer.tokenize(ModelText.of(sentence.text())));
            }
        }
    }

    @Test
    void greedyTagsAreThoseOfPosTaggerMeWithBeamOne() {
        MaxentModel maxent = (MaxentModel) pos.getArtifact("pos.model");
        POSTaggerME beamOne = new POSTaggerME(new POSModel("en", maxent, 1, java.util.Map.of(), pos.getFactory()),
                POSTagFormat.UD);
        GreedyTagger greedy = new GreedyTagger(pos, new FastMaxent(maxent));

        assertThat(sentences).hasSizeGreaterThan(90).allSatisfy(words ->
                assertThat(greedy.tag(words)).containsExactly(beamOne.tag(words)));
    }

    @Test
    void onTheSeedsBeamOneAgreesWithTheModelsBeamOfThree() {
        POSTaggerME beamThree = new POSTaggerME(pos, POSTagFormat.UD);
        GreedyTagger greedy = new GreedyTagger(pos, new FastMaxent((MaxentModel) pos.getArtifact("pos.model")));

        assertThat(sentences).allSatisfy(words -> assertThat(greedy.tag(words)).containsExactly(beamThree.tag(words)));
    }

    @Test
    void repackedTokenizerModelGivesTheSameProbabilitiesAndBestOutcome() {
        MaxentModel original = tokens.getMaxentModel();
        FastMaxent fast = new FastMaxent(original);
        opennlp.tools.tokenize.TokenContextGenerator contexts = tokens.getFactory().getContextGenerator();
        int compared = 0;
        for (String[] words : sentences) {
            for (String word : words) {
                for (int i = 1; i < word.length(); i++) {
                    String[] context = contexts.getContext(word, i);
                    double[] expected = original.eval(context);
                    assertThat(fast.eval(context)).containsExactly(expected, org.assertj.core.data.Offset.offset(1e-12));
                    assertThat(fast.getOutcome(fast.best(context))).isEqualTo(original.getBestOutcome(expected));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    private static InputStream resource(String name) {
        return GreedyTaggerTest.class.getResourceAsStream(name);
    }
}
