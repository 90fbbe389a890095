package io.factunit.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast tools against OpenNLP's own on news prose that none of them was built from: not the seeds nor text
 * generated from them, but {@code news-prose.txt}, written for this test (politics, courts, business, sport,
 * disasters, science; quotes, typographic and ASCII, figures, currencies, percentages, dates, names,
 * abbreviations, hyphens). Sentences, tokens and greedy tags must be OpenNLP's, but for the words the fast
 * tokenizer keeps whole by design; against the model's beam of 3 the greedy tags may differ. Where they
 * differ is pinned, so that any change shows.
 */
class TaggerAgreementTest {
    private static TaggerAgreement agreement;

    @BeforeAll
    static void compare() throws IOException {
        agreement = new TaggerAgreement();
        try (InputStream in = TaggerAgreementTest.class.getResourceAsStream("news-prose.txt")) {
            agreement.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theFixtureIsVariedProseOfSomeLength() {
        TaggerAgreement.Counts counts = agreement.counts();
        assertThat(counts.paragraphs()).isEqualTo(238);
        assertThat(counts.sentences()).isEqualTo(268);
        assertThat(counts.tokens()).isEqualTo(5_258);
    }

    @Test
    void theFastSentenceDetectorSplitsEveryParagraphAsOpenNlps() {
        assertThat(agreement.counts().paragraphsSplitAlike()).isEqualTo(agreement.counts().paragraphs());
    }

    /**
     * The fast tokenizer keeps a word of ASCII letters and digits whole without asking the model
     * (OpenNLP's alphanumeric optimisation, off in the UD model). Everywhere else its tokens are OpenNLP's;
     * these words OpenNLP's model does cut, and the fast path does not: a figure glued to its unit, a
     * compound. Measured, and pinned so that a change shows.
     */
    @Test
    void theFastTokensAreOpenNlpsButForAlphanumericWordsTheModelWouldCut() {
        assertThat(agreement.tokenDifferences())
                .extracting(TaggerAgreement.Difference::token, TaggerAgreement.Difference::fast,
                        TaggerAgreement.Difference::openNlp)
                .containsExactly(tuple("300m", "300m", "300 | m"), tuple("300m", "300m", "300 | m"),
                        tuple("2pm", "2pm", "2 | pm"), tuple("touchscreen", "touchscreen", "touch | screen"));
        assertThat(agreement.counts().sentencesTokenizedAlike()).isEqualTo(agreement.counts().sentences() - 3);
        assertThat(agreement.counts().tokensAlike()).isEqualTo(agreement.counts().tokens() - 8);
    }

    @Test
    void theGreedyTagsAreThoseOfOpenNlpsTaggerWithABeamOfOne() {
        assertThat(agreement.beamOneDifferences()).isEmpty();
        assertThat(agreement.counts().beamOneAlike()).isEqualTo(agreement.counts().tokens());
    }

    /** Measured: on this text the beam of 3 finds no better sequence than the greedy one, for any token. */
    @Test
    void withTheModelsBeamOfThreeNoTagDiffers() {
        assertThat(agreement.beamThreeDifferences()).isEmpty();
        assertThat(agreement.counts().beamThreeAlike()).isEqualTo(agreement.counts().tokens());
    }
}
