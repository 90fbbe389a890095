package io.factunit.mention.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.factunit.language.TestLanguage;
import io.factunit.mention.quantity.Quantity.Precision;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    @ParameterizedTest(name = "\"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
            "240                              | 240",
            "0                                | 0",
            "20,000                           | 20000",
            "7,729                            | 7729",
            "1,234,567.5                      | 1234567.5",
            "1.9                              | 1.9",
            "1.9 million                      | 1900000",
            "2.3 million                      | 2300000",
            "1.9million                       | 1900000",
            "5 thousand                       | 5000",
            "3bn                              | 3000000000",
            "3.5bn                            | 3500000000",
            "$4.5m                            | 4500000",
            "US$2m                            | 2000000",
            "10k                              | 10000",
            "a billion                        | 1000000000",
            "a million                        | 1000000",
            "a hundred                        | 100",
            "half a million                   | 500000",
            "one                              | 1",
            "zero                             | 0",
            "thirty                           | 30",
            "twenty five                      | 25",
            "twenty-five                      | 25",
            "Twenty-Five                      | 25",
            "one hundred five                 | 105",
            "one hundred and five             | 105",
            "fifteen hundred                  | 1500",
            "two million three hundred thousand | 2300000",
            "forty-two thousand               | 42000",
            "a dozen                          | 12",
            "two dozen                        | 24",
            "1899                             | 1899",
            "2100                             | 2100",
            "2,024                            | 2024",
    })
    void exactNumbers(String text, double value) {
        assertThat(TestLanguage.NUMBERS.parse(text)).contains(Quantity.exact(value));
    }

    @ParameterizedTest(name = "\"{0}\" = [{1}, {2}]")
    @CsvSource(delimiter = '|', value = {
            "30-40                 | 30      | 40",
            "30 - 40               | 30      | 40",
            "30\u201340            | 30      | 40",
            "30 to 40              | 30      | 40",
            "between 30 and 40     | 30      | 40",
            "thirty to forty       | 30      | 40",
            "twenty-five to thirty | 25      | 30",
            "20,000-30,000         | 20000   | 30000",
            "1.5-2 million         | 1500000 | 2000000",
            "thirty to forty million | 30000000 | 40000000",
    })
    void ranges(String text, double low, double high) {
        assertThat(TestLanguage.NUMBERS.parse(text)).contains(new Quantity(low, high, low, Precision.RANGE));
    }

    @ParameterizedTest(name = "\"{0}\" = [{1}, {2}]")
    @CsvSource(delimiter = '|', value = {
            "dozens                | 24     | 99",
            "hundreds              | 200    | 999",
            "thousands             | 2000   | 9999",
            "thousands of          | 2000   | 9999",
            "millions              | 2000000 | 9999999",
            "tens of thousands     | 20000  | 99999",
            "hundreds of thousands | 200000 | 999999",
            "tens of millions      | 20000000 | 99999999",
            "several hundred       | 200    | 999",
            "a few thousand        | 2000   | 9999",
    })
    void vaguePlurals(String text, double low, double high) {
        assertThat(TestLanguage.NUMBERS.parse(text)).contains(new Quantity(low, high, low, Precision.VAGUE));
    }

    @ParameterizedTest(name = "year \"{0}\" is not a number")
    @ValueSource(strings = {"2024", "1900", "2099", "1948", "2019-2020", "2023 to 2024"})
    void yearsAreNotNumbers(String text) {
        assertThat(TestLanguage.NUMBERS.parse(text)).isEmpty();
    }

    @Test
    void aYearLikeNumberIsACountWhenTheCallerSaysSo() {
        assertThat(TestLanguage.NUMBERS.parse("2000", true)).contains(Quantity.exact(2000));
        assertThat(NumberParser.isYearLike("2024")).isTrue();
        assertThat(NumberParser.isYearLike("2,024")).isFalse();
        assertThat(NumberParser.isYearLike("2100")).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is not a count")
    @ValueSource(strings = {"9:30", "21:00", "9pm", "second", "first", "twenty-first", "1st", "21st", "24th",
            "1990s", "-5", "\u22125", "- 5", "5-", "abc", "NaN", "Infinity", "1e5", "1,00", "1,0000", "1000,000",
            "1.2.3", "5.", ".5", ",5", "20%", "five twenty", "twenty twenty", "one one", "a", "an",
            "and", "hundred", "thousand", "a five", "one hundred hundred", "thousand million", "between 30",
            "between 40 and 30", "40-30", "30-30", "$", "$$5", "5$", "a dozen dozen", "tens", "tens of",
            "thousands of hundreds", "1234567890123456", "12/5", "3 4"})
    void notACount(String text) {
        assertThat(TestLanguage.NUMBERS.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void blankInputIsEmpty(String text) {
        assertThat(TestLanguage.NUMBERS.parse(text)).isEmpty();
    }

    @Test
    void overlongInputIsEmpty() {
        assertThat(TestLanguage.NUMBERS.parse("1".repeat(NumberParser.MAX_LENGTH + 1))).isEmpty();
        assertThat(TestLanguage.NUMBERS.parse("one ".repeat(40))).isEmpty();
    }

    @Test
    void neverThrowsOnArbitraryInput() {
        String alphabet = "0123456789,.-\u2013 :$%abeghilmnortuvwyz";
        String[] words = {"one", "twenty", "hundred", "and", "a", "million", "to", "between", "of", "thousands",
                "half", "dozen", "tens", "bn", "-", "30", "1.5", "2,000"};
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                if (random.nextBoolean()) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                } else {
                    text.append(words[random.nextInt(words.length)]).append(' ');
                }
            }
            String input = text.toString();
            assertThatCode(() -> TestLanguage.NUMBERS.parse(input)).as(input).doesNotThrowAnyException();
        }
    }
}
