package io.factunit.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void aRangeFindsWhatItsTextFoundWithoutWorkingItOutAgain() {
        List<String> computed = new ArrayList<>();
        Function<String, String> upper = text -> {
            computed.add(text);
            return text.toUpperCase();
        };
        TextTable<String> table = new TextTable<>(100);
        String first = table.get("Hamas said", 0, 5, upper);
        assertThat(first).isEqualTo("HAMAS");
        assertThat(table.get("Leaders of Hamas", 11, 16, upper)).isSameAs(first);
        assertThat(table.get("said Hamas", 0, 4, upper)).isEqualTo("SAID");
        assertThat(table.get("", 0, 0, upper)).isEmpty();
        assertThat(computed).containsExactly("Hamas", "said", "");
    }

    @Test
    void textsWithTheSameHashStayApart() {
        TextTable<String> table = new TextTable<>(100);
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(table.get("xAa", 1, 3, String::toLowerCase)).isEqualTo("aa");
        assertThat(table.get("BBx", 0, 2, String::toLowerCase)).isEqualTo("bb");
        assertThat(table.get("Aa", 0, 2, text -> "wrong")).isEqualTo("aa");
    }

    @Test
    void growsAndStartsOverAtItsLimitWithTheSameAnswers() {
        TextTable<Integer> table = new TextTable<>(5_000);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 12_000; i++) {
                String text = "w" + i + " ";
                assertThat(table.get(text, 0, text.length() - 1, String::length)).isEqualTo(text.length() - 1);
            }
        }
    }

    @Test
    void threadsGetEqualAnswers() throws Exception {
        TextTable<String> table = new TextTable<>(100_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    List<String> seen = new ArrayList<>();
                    for (int i = 0; i < 20_000; i++) {
                        String text = "word" + (i % 3_000);
                        seen.add(table.get(text, 0, text.length(), String::toUpperCase));
                    }
                    return seen;
                }));
            }
            List<String> first = results.get(0).get();
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEqualTo(first);
            }
            assertThat(first.get(2_999)).isEqualTo("WORD2999");
        } finally {
            pool.shutdownNow();
        }
    }
}
