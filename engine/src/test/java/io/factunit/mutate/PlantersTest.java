package io.factunit.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.article.StoryLoader;
import io.factunit.language.Language;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What each kind of plant may change a text into, and what a seed makes of it. */
class PlantersTest {
    private static final Language ENGLISH = Language.english();
    private static final StoryReading STORY = new StoryReader(ENGLISH, List.of())
            .read(new StoryLoader().load(PlantSitesTest.MILLBROOK));

    @Test
    void aFigureKeepsItsWrittenFormAndChangesByAFifthOrMore() {
        FigurePlanter figures = new FigurePlanter(ENGLISH);
        assertThat(figures.changes("1,200")).containsExactly("3,200", "4,200");
        assertThat(figures.changes("1.9")).containsExactly("3.9", "4.9");
        assertThat(figures.changes("9")).containsExactly("6", "7");
        assertThat(figures.changes("0.05")).containsExactly("0.02", "0.03", "0.07", "0.08");
        assertThat(figures.changes("0")).isEmpty();
        assertThat(figures.changes("twelve")).containsExactly("nine", "ten", "fourteen", "fifteen");
        assertThat(figures.changes("Twenty")).containsExactly("Forty", "Fifty");
        assertThat(figures.changes("ONE")).containsExactly("THREE", "FOUR");
    }

    @Test
    void aYearMovesByOneToThreeAndNotPastThePublicationYear() {
        assertThat(YearPlanter.changes("1998", 2024)).containsExactly("1995", "1996", "1997", "1999", "2000", "2001");
        assertThat(YearPlanter.changes("2023", 2024)).containsExactly("2020", "2021", "2022", "2024");
        assertThat(YearPlanter.changes("2026", 2024)).containsExactly("2023", "2024", "2025", "2027", "2028", "2029");
        assertThat(YearPlanter.changes("2023", 0)).containsExactly("2020", "2021", "2022", "2024", "2025", "2026");
        assertThat(YearPlanter.changes("1001", 0)).containsExactly("1000", "1002", "1003", "1004");
        // "from 1990 to 1991": each year keeps the range in order
        assertThat(YearPlanter.changes("1990", 2008, YearPlanter.FIRST - 1, 1991)).containsExactly("1987", "1988", "1989");
        assertThat(YearPlanter.changes("1991", 2008, 1990, YearPlanter.LAST + 1))
                .containsExactly("1992", "1993", "1994");
    }

    @Test
    void aDayMovesByTwoToFourAndStaysInItsMonth() {
        assertThat(DatePlanter.changes("5", 3, false)).containsExactly("1", "2", "3", "7", "8", "9");
        assertThat(DatePlanter.changes("27", 2, false)).containsExactly("23", "24", "25");
        assertThat(DatePlanter.changes("30", 4, false)).containsExactly("26", "27", "28");
        assertThat(DatePlanter.changes("05", 3, false)).containsExactly("01", "02", "03", "07", "08", "09");
        assertThat(DatePlanter.changes("10", 3, false)).containsExactly("6", "7", "8", "12", "13", "14");
    }

    @Test
    void aDayWithAnOrdinalEndingKeepsItsLastDigitAndTeens() {
        assertThat(DatePlanter.changes("7", 10, true)).containsExactly("27");
        assertThat(DatePlanter.changes("21", 1, true)).containsExactly("1", "31");
        assertThat(DatePlanter.changes("12", 1, true)).isEmpty();
        assertThat(DatePlanter.changes("21", 2, true)).containsExactly("1");
    }

    @Test
    void aNameGetsAVowelSwappedALetterDoubledOrDroppedInsideTheWord() {
        assertThat(NamePlanter.changes("Hefner")).containsExactly(
                List.of("Hifner", "Hefnir"),
                List.of("Heefner", "Heffner", "Hefnner", "Hefneer"),
                List.of("Hfner", "Hener", "Hefer", "Hefnr"));
        assertThat(NamePlanter.changes("Moss")).containsExactly(List.of("Muss"), List.of("Mooss"), List.of("Mss", "Mos"));
    }

    @Test
    void aSeedPicksTheSameEditEveryTime() {
        Site twelve = PlantChooser.facts(new FigurePlanter(ENGLISH), STORY).get(1).get(0);
        Edit edit = new FigurePlanter(ENGLISH).plant(twelve, STORY, new Random(7));
        assertThat(edit).isEqualTo(new Edit(twelve.target().start(), twelve.target().end(), "12",
                new FigurePlanter(ENGLISH).plant(twelve, STORY, new Random(7)).after()));
        assertThat(edit.after()).isIn("32", "42");
        Site name = PlantChooser.facts(new NamePlanter(), STORY).get(0).get(0);
        assertThat(new NamePlanter().plant(name, STORY, new Random(1)).after())
                .isIn(NamePlanter.changes("Holloway").stream().flatMap(List::stream).toList());
    }

    @Test
    void aQuoteWordBecomesAnotherWordOfItsPartOfSpeechFromTheStory() {
        Site quote = PlantChooser.facts(new QuotePlanter(), STORY).get(0).get(0);
        Edit edit = new QuotePlanter().plant(quote, STORY, new Random(1));
        String before = quote.article().article().text().substring(edit.start(), edit.end());
        assertThat(before).isEqualTo(edit.before()).isIn("rebuild", "town", "together");
        assertThat(edit.after()).isNotEqualTo(edit.before());
        // no noun of the story ends in "-wn": any noun written in lower case that the quote does not hold
        assertThat(replacementsOf("town", quote)).containsExactly("building", "cans", "day", "destroys", "dock", "fire",
                "fuel", "loading", "officials", "paint", "people", "reporters", "shed", "site", "warehouse", "workers");
        // of the story's verbs, only "told" ends as "rebuild" does
        assertThat(replacementsOf("rebuild", quote)).containsExactly("told");
    }

    private static List<String> replacementsOf(String word, Site quote) {
        var token = quote.article().tokens(quote.target().start(), quote.target().end()).stream()
                .filter(t -> t.text().equals(word)).findFirst().orElseThrow();
        return QuotePlanter.replacements(token, java.util.Set.of("we", "will", "rebuild", "this", "town", "together"),
                STORY);
    }
}
