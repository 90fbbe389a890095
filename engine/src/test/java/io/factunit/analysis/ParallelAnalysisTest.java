package io.factunit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.language.TestLanguage;
import io.factunit.mention.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A long text analysed on several threads gives the very sentences, tokens and tags of one thread. */
class ParallelAnalysisTest {

    @Test
    void chunksOnSeveralThreadsGiveWhatOneThreadGives() {
        String text = TestArticles.longText(700,
                i -> "The strike killed " + (12 + i) + " people on Tuesday.",
                i -> "\"We will not accept it,\" said Mahmoud Abbas, the Palestinian president.",
                i -> "the talks, which began in Cairo, ended without a deal",
                i -> "Officials in Gaza said 1.9 million people had fled their homes since October 7.");
        TextAnalyzer analyzer = TextAnalyzer.shared();

        List<Sentence> inParallel = analyzer.analyze(text, TestLanguage.ANCHORS, true);
        List<Sentence> inOneThread = analyzer.analyze(text, TestLanguage.ANCHORS, false);

        assertThat(inParallel).hasSize(525); // the clause without a full stop joins the sentence after it
        assertThat(inParallel).isEqualTo(inOneThread);
        assertThat(inParallel).extracting(Sentence::index).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 525).boxed().toList());
        assertThat(analyzer.analyze(text, TestLanguage.ANCHORS)).isEqualTo(inOneThread);
    }
}
