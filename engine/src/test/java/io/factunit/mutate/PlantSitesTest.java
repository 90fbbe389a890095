package io.factunit.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.article.StoryLoader;
import io.factunit.language.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where plants go: facts two articles state in the same words, and nothing else. */
class PlantSitesTest {
    static final Path MILLBROOK = Path.of("src/test/resources/io/factunit/mutate/millbrook");
    private static final Language ENGLISH = Language.english();
    private static final StoryReading STORY = new StoryReader(ENGLISH, List.of()).read(new StoryLoader().load(MILLBROOK));

    @Test
    void eachKindFindsTheFactsBothArticlesWordAlike() {
        Map<PlantKind, List<String>> facts = new TreeMap<>();
        for (Planter planter : MutationTester.planters(ENGLISH)) {
            facts.put(planter.kind(), PlantChooser.facts(planter, STORY).stream().map(f -> f.get(0).fact()).toList());
        }
        assertThat(facts).isEqualTo(Map.of(
                PlantKind.FIGURE, List.of("and employed 40 workers .", "millbrook killed 12 people on"),
                PlantKind.YEAR, List.of("opened in 1998 and employed #0"),
                PlantKind.DATE, List.of("site on march 5 , the"),
                PlantKind.NAME, List.of("name jane holloway"),
                PlantKind.QUOTE, List.of("quote we will rebuild this town together")));
    }

    /** "found 3 cans of" is in both articles, but investigators found fuel and police found paint. */
    @Test
    void theSameValueInOtherWordsIsNoSite() {
        List<Site> figures = PlantChooser.facts(new FigurePlanter(ENGLISH), STORY).stream().flatMap(List::stream)
                .toList();
        assertThat(figures).extracting(site -> site.target().text()).containsExactly("40", "40", "12", "12");
        assertThat(new FigurePlanter(ENGLISH).sites(STORY.articles().get(0))).extracting(Site::fact)
                .containsExactly("millbrook killed 12 people on", "and employed 40 workers .",
                        "investigators found 3 cans of");
    }

    @Test
    void aSiteTargetsTheTextAPlantChanges() {
        Site year = PlantChooser.facts(new YearPlanter(), STORY).get(0).get(0);
        assertThat(year.target()).isEqualTo(new Located(year.target().start(), year.target().start() + 4, "1998"));
        Site day = PlantChooser.facts(new DatePlanter(), STORY).get(0).get(0);
        assertThat(day.target().text()).isEqualTo("5");
        Site name = PlantChooser.facts(new NamePlanter(), STORY).get(0).get(0);
        assertThat(name.target().text()).isEqualTo("Holloway");
        Site quote = PlantChooser.facts(new QuotePlanter(), STORY).get(0).get(0);
        assertThat(quote.target().text()).isEqualTo("“We will rebuild this town together,”");
        assertThat(STORY.story().articles().get(0).text().substring(year.factStart(), year.factEnd()))
                .isEqualTo("opened in 1998 and employed");
    }

    /** Both articles open with "March 8, 2024", their publication date: no fact, so only "March 1, 2024" is planted. */
    @Test
    void theDatelineIsNoSite() {
        StoryReading story = new StoryReader(ENGLISH, List.of()).read(new StoryLoader().load(
                Path.of("src/test/resources/io/factunit/mutate/datelined")));
        assertThat(story.articles()).extracting(a -> a.article().published().toString())
                .containsExactly("2024-03-08", "2024-03-08");
        assertThat(PlantChooser.facts(new YearPlanter(), story)).extracting(f -> f.get(0).fact())
                .containsExactly("closed since march 1 , 2024 , reopened #0");
        assertThat(PlantChooser.facts(new DatePlanter(), story)).extracting(f -> f.get(0).target().text())
                .containsExactly("1");
    }

    /** "the 2004 tsunami" dates the tsunami and makes no claim, so a changed year there is no plant. */
    @Test
    void aYearModifyingANounIsNoSite(@TempDir Path dir) throws IOException {
        String text = "The mill, which opened in 1998, recalled the 2004 tsunami.\n";
        Files.writeString(dir.resolve("a.txt"), text);
        Files.writeString(dir.resolve("b.txt"), text);
        StoryReading story = new StoryReader(ENGLISH, List.of()).read(new StoryLoader().load(dir));

        assertThat(PlantChooser.facts(new YearPlanter(), story)).flatExtracting(sites -> sites)
                .extracting(site -> site.target().text()).containsExactly("1998", "1998");
    }

    /** "the nineteen fifties" is a decade in words, not a figure; "two million" is one number word, scaled. */
    @Test
    void aNumberWordBesideAnotherIsNoFigureSite(@TempDir Path dir) throws IOException {
        String text = "The mill opened in the nineteen fifties and sold two million cans in 1998.\n";
        Files.writeString(dir.resolve("a.txt"), text);
        Files.writeString(dir.resolve("b.txt"), text);
        StoryReading story = new StoryReader(ENGLISH, List.of()).read(new StoryLoader().load(dir));

        assertThat(PlantChooser.facts(new FigurePlanter(ENGLISH), story)).flatExtracting(sites -> sites)
                .extracting(site -> site.target().text()).containsExactly("two", "two");
    }

    /** "from 1990 to 1991": each year is a site, and a plant keeps the range in order. */
    @Test
    void aYearOfARangeKeepsTheRangeInOrder(@TempDir Path dir) throws IOException {
        String text = "He had three prior convictions, spanning from 1990 to 1991, the records show.\n";
        Files.writeString(dir.resolve("a.txt"), text);
        Files.writeString(dir.resolve("b.txt"), text);
        StoryReading story = new StoryReader(ENGLISH, List.of()).read(new StoryLoader().load(dir));

        List<Site> years = PlantChooser.facts(new YearPlanter(), story).stream().map(sites -> sites.get(0)).toList();
        assertThat(years).extracting(site -> site.target().text()).containsExactly("1990", "1991");
        for (int seed = 0; seed < 20; seed++) {
            assertThat(new YearPlanter().plant(years.get(0), story, new java.util.Random(seed)).after())
                    .isIn("1987", "1988", "1989");
            assertThat(new YearPlanter().plant(years.get(1), story, new java.util.Random(seed)).after())
                    .isIn("1992", "1993", "1994");
        }
    }
}
