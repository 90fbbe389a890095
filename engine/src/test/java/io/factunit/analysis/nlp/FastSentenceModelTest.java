package io.factunit.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.article.Article;
import io.factunit.article.StoryLoader;
import io.factunit.corpus.CorpusGenerator;
import io.factunit.language.TestLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sentence detector over the re-packed model splits every paragraph where OpenNLP's own does. */
class FastSentenceModelTest {
    @Test
    void sameSentencesOnTheSeedsAndAGeneratedCorpus(@TempDir Path temp) throws IOException {
        SentenceModel original;
        try (InputStream in = getClass().getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
            original = new SentenceModel(in);
        }
        SentenceModel fast = new SentenceModel(original.getLanguage(), new FastMaxent(original.getMaxentModel()),
                Map.of(), original.getFactory());
        List<String> paragraphs = new ArrayList<>();
        StoryLoader loader = new StoryLoader();
        List<Path> stories = new ArrayList<>(List.of(Path.of("../seeds")));
        stories.addAll(CorpusGenerator.fromSeeds(Path.of("../seeds"), TestLanguage.NEWS_NAMES).generate(3, 120, temp).stories());
        for (Path story : stories) {
            for (Article article : loader.load(story).articles()) {
                paragraphs.addAll(List.of(article.text().split("\n")));
            }
        }
        paragraphs.add("Mr. Smith met Dr. Jones at 8 a.m. on Jan. 5. They left at 9 p.m. \"It's over.\" (AP) U.S. troops...");
        SentenceDetectorME expected = new SentenceDetectorME(original);
        SentenceDetectorME actual = new SentenceDetectorME(fast);
        int splits = 0;
        for (String paragraph : paragraphs) {
            var spans = expected.sentPosDetect(paragraph);
            assertThat(actual.sentPosDetect(paragraph)).as(paragraph).containsExactly(spans);
            splits += spans.length;
        }
        assertThat(splits).isGreaterThan(2000);
    }
}
