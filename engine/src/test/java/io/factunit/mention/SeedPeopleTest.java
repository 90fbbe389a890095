package io.factunit.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.Article;
import io.factunit.article.StoryLoader;
import io.factunit.language.TestLanguage;
import io.factunit.mention.person.PersonFinder;
import io.factunit.mention.person.PersonMention;
import io.factunit.mention.quote.QuoteFinder;
import io.factunit.mention.quote.QuoteMention;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** People, titles and quotes in the five seed articles, as a reader of them would list them. */
class SeedPeopleTest {
    private static final Map<String, List<PersonMention>> PEOPLE = new HashMap<>();
    private static final Map<String, List<QuoteMention>> QUOTES = new HashMap<>();

    @BeforeAll
    static void analyseSeeds() {
        PersonFinder persons = new PersonFinder(TestLanguage.ENGLISH, TestLanguage.NEWS_NAMES);
        QuoteFinder quotes = new QuoteFinder(TestLanguage.ENGLISH);
        for (Article article : new StoryLoader().load(Path.of("../seeds")).articles()) {
            AnalyzedArticle analysed = TextAnalyzer.shared().analyze(article, TestLanguage.ANCHORS);
            List<PersonMention> people = persons.find(analysed);
            String key = article.id().substring(0, 3);
            PEOPLE.put(key, people);
            QUOTES.put(key, quotes.find(analysed, people));
        }
    }

    /** Full-name mentions (those with a title or not), as name, title, role. */
    private static List<PersonMention> fullNames(String article) {
        return PEOPLE.get(article).stream().filter(p -> p.text().equals(p.name())).toList();
    }

    @Test
    void article000() {
        assertThat(fullNames("000")).extracting("name", "title", "role").containsExactly(
                tuple("Ismail Haniyeh", "head of Hamas’s political bureau", "head of political bureau of hamas"),
                tuple("Benjamin Netanyahu", "Prime Minister", "prime minister"));
        assertThat(PEOPLE.get("000")).filteredOn(p -> p.text().equals("Haniyeh")).hasSize(3)
                .allSatisfy(p -> assertThat(p.name()).isEqualTo("Ismail Haniyeh"));
    }

    @Test
    void article001() {
        assertThat(fullNames("001")).extracting("name", "title", "role").containsExactly(
                tuple("Ismail Haniyeh", null, null),
                tuple("Benjamin Netanyahu", "Israel’s Prime Minister", "prime minister of israel"),
                tuple("Hashem Ahelbarra", null, null),
                tuple("Hossein Amirabdollahian", "Iran’s Foreign Minister", "foreign minister of iran"),
                tuple("Ghazi Hamad", "Hamas official", "official of hamas"));
        // "the head of the US’s CIA" names nobody: William Burns is not in this article.
        assertThat(PEOPLE.get("001")).extracting("name").doesNotContain("William Burns");
        assertThat(PEOPLE.get("001")).filteredOn(p -> p.text().equals("Ahelbarra")).extracting("name")
                .containsExactly("Hashem Ahelbarra", "Hashem Ahelbarra");
    }

    @Test
    void article002() {
        assertThat(fullNames("002")).extracting("name", "title", "role").containsExactly(
                tuple("Ismail Haniyeh", "Hamas leader", "head of hamas"),
                tuple("Abbas Kamel", "intelligence chief", "head of intelligence"),
                tuple("Ziyad al-Nahl", "head of Palestinian Islamic Jihad", "head of palestinian islamic jihad"),
                tuple("Isaac Herzog", "President", "president"),
                tuple("Benjamin Netanyahu", "Prime Minister", "prime minister"),
                tuple("Ismail Haniyeh", null, null),
                tuple("Hossein Amir-Abdolahian", "Iranian Foreign Minister", "foreign minister of iran"));
    }

    @Test
    void article003() {
        assertThat(fullNames("003")).extracting("name", "title", "role").containsExactly(
                tuple("William Burns", "Director of the CIA", "director of cia"),
                tuple("Taher Al-Nono", "Hamas official", "official of hamas"),
                tuple("Ismail Haniyeh", "Hamas chief", "head of hamas"));
    }

    @Test
    void article004() {
        assertThat(fullNames("004")).extracting("name", "title", "role").containsExactly(
                tuple("Ismail Haniyeh", "Chief of Hamas’s Political Bureau", "head of political bureau of hamas"),
                tuple("William Burns", "CIA chief", "director of cia"),
                tuple("Benjamin Netanyahu", "Israeli Prime Minister", "prime minister of israel"));
        assertThat(PEOPLE.get("004")).filteredOn(p -> p.text().equals("Netanyahu")).extracting("name")
                .containsExactly("Benjamin Netanyahu", "Benjamin Netanyahu");
    }

    @Test
    void oneRolePerPersonWhateverTheWording() {
        assertThat(role("001", "Hossein Amirabdollahian")).isEqualTo(role("002", "Hossein Amir-Abdolahian"));
        assertThat(role("003", "William Burns")).isEqualTo(role("004", "William Burns"));
        assertThat(role("000", "Ismail Haniyeh")).isEqualTo(role("004", "Ismail Haniyeh"));
        assertThat(role("002", "Ismail Haniyeh")).isEqualTo(role("003", "Ismail Haniyeh"));
    }

    private static String role(String article, String name) {
        return fullNames(article).stream().filter(p -> p.name().equals(name) && p.role() != null)
                .findFirst().orElseThrow().role();
    }

    @Test
    void placesOutletsAndSiteFurnitureAreNotPeople() {
        List<String> texts = PEOPLE.values().stream().flatMap(List::stream).map(PersonMention::text).toList();
        assertThat(texts).doesNotContain("Khan Yunis", "Tel Aviv", "Getty Images", "Generic selectors",
                "Post Type Selectors", "Asharq Al-Awsat", "Gaza Strip", "Al Jazeera");
        assertThat(PEOPLE.values().stream().flatMap(List::stream).map(PersonMention::name).distinct().sorted())
                .containsExactly("Abbas Kamel", "Benjamin Netanyahu", "Ghazi Hamad", "Hashem Ahelbarra",
                        "Hossein Amir-Abdolahian", "Hossein Amirabdollahian", "Isaac Herzog", "Ismail Haniyeh",
                        "Taher Al-Nono", "William Burns", "Ziyad al-Nahl");
    }

    @Test
    void hamasSourceQuote() {
        for (String article : List.of("000", "001")) {
            assertThat(QUOTES.get(article)).filteredOn(q -> q.quote().equals("stopping the aggression"))
                    .extracting("speaker", "source").containsExactly(tuple(null, "a Hamas source"));
        }
    }

    @Test
    void quotesOfArticle001() {
        assertThat(QUOTES.get("001")).extracting("quote", "speaker", "source").containsExactly(
                tuple("stopping the aggression", null, "a Hamas source"),
                tuple("agreement for the release of [Palestinian] prisoners", null, "the source"),
                tuple("quite positive", "Hashem Ahelbarra", "Al Jazeera’s Hashem Ahelbarra"),
                tuple("in touch with both Hamas and the Israelis on the potential to resume talks", "Hashem Ahelbarra", "He"),
                tuple("humanitarian", null, null),
                tuple("full victory", null, null),
                tuple("The problem this time is different interpretations from Israel and Hamas", "Hashem Ahelbarra", "Ahelbarra"),
                tuple("Hamas insists this time the deal cannot be a prisoner exchange solely – it has to be based on a "
                        + "permanent ceasefire.", "Hashem Ahelbarra", "Ahelbarra"),
                tuple("Our vision is very clear: We want to stop the aggression", "Ghazi Hamad", "he"),
                tuple("What is going on in the ground is a big catastrophe.", "Ghazi Hamad", "he"),
                tuple("Israel will take the card of the hostages and after that they will start a new round of mass "
                        + "killing and massacres against our people", "Ghazi Hamad", "he"),
                tuple("We will not play this game.", "Ghazi Hamad", "he"),
                tuple("strong indications that there is a push by all parties to come up with an agreement",
                        "Hashem Ahelbarra", "Ahelbarra"));
    }

    @Test
    void scareQuotesElsewhere() {
        assertThat(QUOTES.get("000")).filteredOn(q -> q.quote().equals("humanitarian"))
                .extracting("speaker", "source").containsExactly(tuple(null, null));
        assertThat(QUOTES.get("004")).filteredOn(q -> q.quote().equals("thousands"))
                .extracting("speaker", "source").containsExactly(tuple(null, null));
        assertThat(QUOTES.get("004")).filteredOn(q -> q.quote().equals("constructive"))
                .extracting("speaker", "source").containsExactly(tuple(null, "Netanyahu’s office"));
    }

    @Test
    void heInArticle003IsTaherAlNono() {
        assertThat(QUOTES.get("003")).extracting("quote", "speaker")
                .containsExactly(tuple("with full seriousness and responsibility.", "Taher Al-Nono"));
    }
}
