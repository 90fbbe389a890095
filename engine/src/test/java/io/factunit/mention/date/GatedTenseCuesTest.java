package io.factunit.mention.date;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.article.Article;
import io.factunit.language.TestLanguage;
import io.factunit.mention.GatedPatterns;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The tense cues run gated; they must find exactly what the patterns find. */
class GatedTenseCuesTest {
    private static final TenseCues CUES = DateWords.of(TestLanguage.ENGLISH).tenseCues;

    private static final List<Pattern> SCANNED = List.of(CUES.clauseBoundary, CUES.futureCue);

    @Test
    void findTheSameInTheSeeds() {
        int found = 0;
        for (Article seed : GatedPatterns.assertSameInTheSeeds(SCANNED)) {
            found += GatedPatterns.matches(CUES.clauseBoundary, seed.text(), 0, seed.text().length(), true).size();
        }
        assertThat(found).isGreaterThan(200);
    }

    @Test
    void findTheSameInRandomGluesOfTheirWords() {
        GatedPatterns.assertSameInRandomGluesOfTheirWords(SCANNED);
    }
}
