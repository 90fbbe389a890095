package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The agree check's subject: the most common value by one pass, as the first of the former sort. */
class MostCommonValueTest {

    private static String firstOfSort(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).findFirst().orElse("");
    }

    @Test
    void givesTheFirstValueOfTheSort() {
        Random random = new Random(23);
        String[] values = {"12", "120", "1,200", "about 12", "nearly 12", "", "∞", "-∞", "2023-10-07", "a", "B", "b"};
        for (int round = 0; round < 5_000; round++) {
            Map<String, Integer> counts = new HashMap<>();
            for (int n = random.nextInt(12); n > 0; n--) {
                String value = random.nextBoolean() ? values[random.nextInt(values.length)]
                        : Integer.toString(random.nextInt(200));
                counts.merge(value, 1 + random.nextInt(random.nextBoolean() ? 2 : 5), Integer::sum);
            }
            assertThat(AgreeEvaluator.mostCommon(counts)).as("%s", counts).isEqualTo(firstOfSort(counts));
        }
        assertThat(AgreeEvaluator.mostCommon(Map.of())).isEmpty();
    }
}
