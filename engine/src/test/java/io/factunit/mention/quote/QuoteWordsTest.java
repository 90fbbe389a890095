package io.factunit.mention.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.language.TestLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteWordsTest {
    private final QuoteWords words = new QuoteWords(TestLanguage.ENGLISH);

    private List<String> forms(String quote) {
        return words.of(quote).stream().map(w -> w.gap() ? "<gap>" : w.form()).toList();
    }

    @Test
    void caseAndPunctuationAndQuoteMarksDoNotCount() {
        assertThat(forms("We will, NEVER – accept it!")).containsExactly("we", "will", "never", "accept", "it");
        assertThat(forms("it’s")).isEqualTo(forms("it's"));
    }

    @Test
    void oneSpellingConvention() {
        assertThat(forms("favour colour organisation centre travelled analyse catalogue defence programme"))
                .containsExactly("favor", "color", "organization", "center", "traveled", "analyze", "catalog",
                        "defense", "program");
        // short words keep their letters: no rule reaches "hour", "your", "rise" or "filled"
        assertThat(forms("hour your rise filled")).containsExactly("hour", "your", "rise", "filled");
    }

    @Test
    void numbersInWordsOrDigits() {
        assertThat(forms("three twenty-five 10,000 6:00 6:41 50%"))
                .containsExactly("3", "25", "10000", "6", "6:41", "50", "percent");
    }

    @Test
    void ordinalsInWordsOrDigits() {
        assertThat(forms("this eleventh-hour rule")).containsExactly("this", "11th", "hour", "rule");
        assertThat(forms("this 11th hour rule")).containsExactly("this", "11th", "hour", "rule");
        assertThat(forms("the twenty-first time, the 21st time, the 3rd, the third"))
                .containsExactly("the", "21th", "time", "the", "21th", "time", "the", "3th", "the", "3th");
    }

    @Test
    void twelveHourClocksAreTwentyFourHourClocks() {
        assertThat(forms("at 6:41pm PST this evening")).containsExactly("at", "18:41", "this", "evening");
        assertThat(forms("at 6:41 p.m. this evening")).containsExactly("at", "18:41", "this", "evening");
        assertThat(forms("at 18:41 this evening")).containsExactly("at", "18:41", "this", "evening");
        assertThat(forms("at 12:30 am, at 9 AM GMT, at 6pm")).containsExactly("at", "0:30", "at", "9", "at", "18");
        // a time with no am or pm keeps its zone and its words: nothing says which half of the day it is
        assertThat(forms("at 6 a new day, at 6:41 PST")).containsExactly("at", "6", "a", "new", "day", "at", "6:41", "pst");
    }

    @Test
    void contractionsWrittenOut() {
        assertThat(forms("we'll didn't won't cannot I'm")).containsExactly("we", "will", "did", "not", "will", "not",
                "can", "not", "i", "am");
        QuoteWord is = words.of("it's").get(1);
        assertThat(is.form()).isEqualTo("is");
        assertThat(is.sameAs(words.of("has").get(0))).isTrue();
        assertThat(is.sameAs(words.of("was").get(0))).isFalse();
    }

    @Test
    void ellipsesAndInsertionsAreGaps() {
        assertThat(forms("we will … accept [the deal] (now) . . . today...")).containsExactly("we", "will", "<gap>",
                "accept", "<gap>", "today", "<gap>");
        List<QuoteWord> found = words.of("we'll [he] go");
        assertThat(found).extracting(QuoteWord::written, QuoteWord::piece)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("we'll", 0), org.assertj.core.groups.Tuple.tuple("we'll", 0),
                        org.assertj.core.groups.Tuple.tuple("[he]", 1), org.assertj.core.groups.Tuple.tuple("go", 2));
    }
}
