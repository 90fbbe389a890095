package io.factunit.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelTextTest {
    @Test
    void wordsUpToTheLimitStayWords() {
        String url = "https://example.com/" + "a".repeat(ModelText.MAX_WORD - 20);
        assertThat(ModelText.of(url + " x")).isEqualTo(url + " x");
        assertThat(ModelText.of(url + "b x")).isEqualTo(" ".repeat(url.length() + 1) + " x");
    }

    @Test
    void modelsReadAsciiQuotesAndBlanksForOverlongRunsWithEveryOffsetKept() {
        String run = "\u201C" + "z".repeat(ModelText.MAX_WORD) + "\u201D";
        String text = "\u201CHamas\u2019s\u201D offer " + run + "\tends";
        assertThat(ModelText.of(text))
                .isEqualTo("\"Hamas's\" offer " + " ".repeat(run.length()) + "\tends")
                .hasSameSizeAs(text);
        assertThat(ModelText.of("plain words")).isSameAs("plain words");
    }
}
