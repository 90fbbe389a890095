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
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The features put together per word are, position by position and in order, those of OpenNLP's generator. */
class PosFeaturesTest {
    private static POSModel pos;
    private static List<String[]> sentences;

    @BeforeAll
    static void sentences() throws IOException {
        pos = new POSModel(resource("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"));
        TokenizerME tokenizer = new TokenizerME(new TokenizerModel(resource("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
        sentences = new ArrayList<>();
        for (Article article : new StoryLoader().load(Path.of("../seeds")).articles()) {
            for (Sentence sentence : TextAnalyzer.shared().analyze(article, TestLanguage.ANCHORS).sentences()) {
                sentences.add(tokenizer.tokenize(ModelText.of(sentence.text())));
            }
        }
        // Short sentences exercise the window's edges; odd words the prefix, suffix and class features.
        sentences.add(new String[] {"Yes"});
        sentences.add(new String[] {"He", "left"});
        sentences.add(new String[] {"1.9", "million", "Gazans"});
        sentences.add(new String[] {"ÉCOLE", "Ŝtrange", "x-ray", "3/4", "20,000", "--", "a", "'s", "U.S.", "mid-2024"});
    }

    @Test
    void everyPositionHasOpenNlpsFeaturesInOpenNlpsOrder() {
        POSContextGenerator generator = pos.getFactory().getPOSContextGenerator(0);
        MaxentModel maxent = (MaxentModel) pos.getArtifact("pos.model");
        PosFeatures features = new PosFeatures(pos.getFactory().getPOSContextGenerator(0), new FastMaxent(maxent));
        POSTaggerME tagger = new POSTaggerME(pos, POSTagFormat.UD);
        int positions = 0;
        for (String[] words : sentences) {
            String[] tags = tagger.tag(words);
            for (int i = 0; i < words.length; i++) {
                assertThat(features.context(words, i, tags)).as("%s at %d", String.join(" ", words), i)
                        .containsExactly(generator.getContext(i, words, tags, null));
                positions++;
            }
        }
        assertThat(positions).isGreaterThan(2000);
    }

    @Test
    void theUdModelHasTheLayoutTheTaggerReliesOn() {
        FastMaxent model = new FastMaxent((MaxentModel) pos.getArtifact("pos.model"));
        assertThat(GreedyTagger.supports(new PosFeatures(pos.getFactory().getPOSContextGenerator(0), model), model)).isTrue();
    }

    private static InputStream resource(String name) {
        return PosFeaturesTest.class.getResourceAsStream(name);
    }
}
