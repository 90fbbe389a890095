package io.factunit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.factunit.language.TestLanguage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Garbage text costs time in proportion to its length. Before the bounds, 200 KB without a space took
 * 90 seconds (OpenNLP's tokenizer is quadratic in a word's length) and 5 MB never finished.
 */
class TextAnalyzerBoundsTest {
    private static final String GOOD = "Israel released 240 Palestinian prisoners.";

    @Test
    void aRunWithoutSpacesIsNoWordAndCostsLittle() {
        String text = "x".repeat(200_000) + " " + GOOD;
        List<Sentence> sentences = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> TextAnalyzer.shared().analyze(text, TestLanguage.ANCHORS));
        List<Token> tokens = sentences.stream().flatMap(s -> s.tokens().stream()).toList();
        assertThat(tokens).extracting(Token::text).containsExactly("Israel", "released", "240", "Palestinian",
                "prisoners", ".");
        assertThat(tokens.get(2).start()).isEqualTo(text.indexOf("240"));
    }

    @Test
    void aParagraphWithoutFullStopsIsAnalysedInPiecesCutAtSpaces() {
        String text = "seven days ".repeat(1_000) + GOOD;
        List<Sentence> sentences = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> TextAnalyzer.shared().analyze(text, TestLanguage.ANCHORS));
        assertThat(sentences).hasSizeGreaterThan(5)
                .allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(TextAnalyzer.MAX_SENTENCE))
                .allSatisfy(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
        assertThat(sentences.stream().flatMap(s -> s.tokens().stream()).filter(t -> t.text().equals("days")))
                .hasSize(1_000);
    }
}
