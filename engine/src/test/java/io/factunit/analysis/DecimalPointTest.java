package io.factunit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.language.TestLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence model now and then takes the point of a decimal for a full stop; a sentence never ends there. */
class DecimalPointTest {

    @Test
    void aSentenceNeverEndsInsideADecimalNumber() {
        String text = "The company lost $1.5 billion last year. It paid $1.5 million for it.";
        List<Sentence> sentences = TextAnalyzer.shared().analyze(text, TestLanguage.ANCHORS);
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("The company lost $1.5 billion last year.", "It paid $1.5 million for it.");
    }

    @Test
    void aNumberAtTheEndOfASentenceStillEndsIt() {
        String text = "The version is 2.0. He said so.";
        assertThat(TextAnalyzer.shared().analyze(text, TestLanguage.ANCHORS)).extracting(Sentence::text)
                .containsExactly("The version is 2.0.", "He said so.");
    }
}
