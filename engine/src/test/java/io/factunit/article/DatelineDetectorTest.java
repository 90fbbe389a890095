package io.factunit.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.language.EnglishWith;
import io.factunit.language.TestLanguage;
import io.factunit.language.WordList;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineDetectorTest {
    private static final DatelineDetector DATELINES = DatelineDetector.of(TestLanguage.ENGLISH);

    private static LocalDate find(String text) {
        return DATELINES.find(text, Boilerplate.find(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "February 1, 2024; 2024-02-01",
            "1 February 2024; 2024-02-01",
            "Thursday 1 February 2024; 2024-02-01",
            "Tuesday, July 2nd, 2013; 2013-07-02",
            "First Posted 23:37:00 05/05/2010; 2010-05-05",
            "2013-03-22; 2013-03-22",
            "Published: Feb. 1, 2024 10:02 AM GMT; 2024-02-01",
            "Updated 10:02 GMT, Sept 3, 2023; 2023-09-03",
            "CAIRO, Feb 1, 2024 (Reuters) - Hamas leader Ismail Haniyeh arrived on Thursday.; 2024-02-01",
            "By Jane Doe | 1st of March 2024; 2024-03-01",
            "Posted on 13/05/2010; 2010-05-13",
            "CAIRO, Feb 1, 2024 (Reuters) - 120000 people fled the city.; 2024-02-01",
    })
    void readsTheUsualDatelines(String line, String expected) {
        assertThat(find("Hamas leader in Cairo\n\n" + line + "\n\nBody text.")).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The war that began on October 7, 2023 goes on.",  // history inside a sentence
            "Haniyeh arrives on Thursday 1 February for talks.", // no year
            "Updated 01/02/2010",                                // month or day first? left unknown
            "February 30, 2024",                                 // no such day
            "On 12 March 1850 the treaty was signed.",          // inside a sentence, and no news year
            "February 1, 20245",                                // five digits are no year
    })
    void leavesOtherDatesAlone(String line) {
        assertThat(find("Headline\n" + line + "\nBody.")).isNull();
    }

    @Test
    void skipsBoilerplateLinesWhenCountingTheFirstLines() {
        String text = "//Skip to content\nGeneric selectors\nExact matches only\nSearch in title\nSearch in content\n"
                + "Post Type Selectors\n\nHeadline\nl1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nFebruary 1, 2024\nBody.";
        assertThat(find(text)).isEqualTo(LocalDate.of(2024, 2, 1));
    }

    @Test
    void looksOnlyAtTheFirstTenContentLines() {
        String text = "Headline\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\nFebruary 1, 2024\nBody.";
        assertThat(find(text)).isNull();
    }

    @Test
    void firstDateReadsMetadataValues() {
        assertThat(DATELINES.firstDate("Thu, 01 Feb 2024 10:00:00 GMT")).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(DATELINES.firstDate("soon")).isNull();
    }

    @Test
    void textWithoutDatelineGivesNull() {
        assertThat(DATELINES.find("", List.of())).isNull();
    }

    /** The month and weekday names come from the language: a month added to its file is read in a dateline. */
    @Test
    void aMonthAbbreviationAddedToItsFileIsReadInADateline(@TempDir Path folder) throws IOException {
        String text = "MADRID, 5 dic. 2023\n\nThe talks resumed.";
        assertThat(find(text)).isNull();
        DatelineDetector spanish = DatelineDetector.of(EnglishWith.line(folder, WordList.MONTH_ABBREVIATION, "dic\t12"));
        assertThat(spanish.find(text, Boilerplate.find(text))).isEqualTo(LocalDate.of(2023, 12, 5));
    }
}
