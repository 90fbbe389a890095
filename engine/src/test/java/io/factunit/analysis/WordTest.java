package io.factunit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factunit.article.Article;
import io.factunit.article.LineMap;
import io.factunit.language.TestLanguage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WordTest {
    private static final AtomicInteger LENGTHS_WORKED_OUT = new AtomicInteger();
    private static final Word.Fact<Integer> LENGTH = Word.Fact.of(text -> {
        LENGTHS_WORKED_OUT.incrementAndGet();
        return text.length();
    });
    private static final Word.Fact<String> NOTHING = Word.Fact.of(text -> null);

    @Test
    void aFactIsWorkedOutOncePerWordAndKeptInIt() {
        Word word = Word.of("Hamas");
        int before = LENGTHS_WORKED_OUT.get();
        assertThat(LENGTH.of(word)).isEqualTo(5);
        assertThat(LENGTH.of(word)).isEqualTo(5);
        assertThat(LENGTHS_WORKED_OUT.get()).isEqualTo(before + 1);
        assertThat(LENGTH.of(Word.of("Hamas"))).isEqualTo(5); // another instance works it out again
        assertThat(LENGTHS_WORKED_OUT.get()).isEqualTo(before + 2);
    }

    @Test
    void wordsAreEqualByTextAndLowerCaseIsKept() {
        Word word = Word.of("Cairo");
        assertThat(word).isEqualTo(Word.of("Cairo")).hasSameHashCodeAs(Word.of("Cairo")).isNotEqualTo(Word.of("cairo"));
        assertThat(word.lowerCase()).isEqualTo("cairo").isSameAs(word.lowerCase());
        assertThat(word).hasToString("Cairo");
    }

    @Test
    void aFactMayNotBeNull() {
        assertThatThrownBy(() -> NOTHING.of(Word.of("x"))).isInstanceOf(NullPointerException.class)
                .hasMessage("a word fact worked out null");
    }

    @Test
    void theAnalyserGivesTokensOfOneTextOneWord() {
        String text = "Hamas said Hamas would answer. Hamas did.";
        Article article = new Article("a", Path.of("a.txt"), text, null, null, null, null,
                Article.DateOrigin.UNKNOWN, List.of(), new LineMap(text)::position);
        List<Token> hamas = TextAnalyzer.shared().analyze(article, TestLanguage.ANCHORS).sentences().stream()
                .flatMap(s -> s.tokens().stream()).filter(t -> t.text().equals("Hamas")).toList();
        assertThat(hamas).hasSize(3);
        assertThat(hamas.get(1).word()).isSameAs(hamas.get(0).word());
        assertThat(hamas.get(2).word()).isSameAs(hamas.get(0).word());
    }
}
