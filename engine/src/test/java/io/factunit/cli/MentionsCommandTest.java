package io.factunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MentionsCommandTest {
    private static final Path SEEDS = Path.of("../seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws IOException {
        CliRun run = CliRun.of(args);
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        return JSON.readTree(run.out());
    }

    /** "text: TYPE value [mod]" for each temporal mention of one article of the JSON output. */
    private static List<String> timexes(JsonNode article) {
        List<String> found = new ArrayList<>();
        for (JsonNode mention : article.get("mentions")) {
            JsonNode timex = mention.get("timex");
            if (timex != null) {
                found.add(mention.get("text").asText() + ": " + timex.get("type").asText() + " "
                        + timex.get("value").asText() + (timex.has("mod") ? " " + timex.get("mod").asText() : ""));
            }
        }
        return found;
    }

    private static JsonNode mention(JsonNode article, String text) {
        for (JsonNode mention : article.get("mentions")) {
            if (mention.get("text").asText().equals(text)) {
                return mention;
            }
        }
        throw new AssertionError("no mention \"" + text + "\" in " + article.get("path"));
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The default news pack, whose names make "Hamas" a qualifier of "leader" (the module is read from its folder). */
    private static final String NEWS_PACK = "../rules/src/main/resources/factunit/rules";
    private static final String SMALL = "Hamas released at least 100 hostages on Wednesday.\n"
            + "\u201CWe will not play this game,\u201D said Hamas leader Ismail Haniyeh after a one-week truce.\n";

    @Test
    void jsonListsEveryKindWithSpanValueAndTimex(@TempDir Path dir) throws IOException {
        Path file = write(dir, "small.txt", SMALL);
        CliRun run = CliRun.of("mentions", file.toString(), "--published", "2024-02-01", "--format", "json", "--rules",
                NEWS_PACK);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("""
                {
                  "articles" : [ {
                    "path" : "PATH",
                    "published" : "2024-02-01",
                    "mentions" : [ {
                      "kind" : "quantity",
                      "start" : 15,
                      "end" : 27,
                      "text" : "at least 100",
                      "value" : "at least 100"
                    }, {
                      "kind" : "date",
                      "start" : 40,
                      "end" : 49,
                      "text" : "Wednesday",
                      "value" : "2024-01-31",
                      "timex" : {
                        "type" : "DATE",
                        "value" : "2024-01-31"
                      }
                    }, {
                      "kind" : "quote",
                      "start" : 51,
                      "end" : 80,
                      "text" : "\u201CWe will not play this game,\u201D",
                      "value" : "We will not play this game"
                    }, {
                      "kind" : "person",
                      "start" : 99,
                      "end" : 113,
                      "text" : "Ismail Haniyeh",
                      "value" : "Ismail Haniyeh (Hamas leader)"
                    }, {
                      "kind" : "duration",
                      "start" : 122,
                      "end" : 136,
                      "text" : "one-week truce",
                      "value" : "7 days",
                      "timex" : {
                        "type" : "DURATION",
                        "value" : "P1W"
                      }
                    } ]
                  } ]
                }
                """.replace("PATH", file.toString()));
        // offsets are into the decoded text
        JsonNode article = JSON.readTree(run.out()).get("articles").get(0);
        for (JsonNode mention : article.get("mentions")) {
            assertThat(SMALL.substring(mention.get("start").asInt(), mention.get("end").asInt()))
                    .isEqualTo(mention.get("text").asText());
        }
    }

    @Test
    void textListsOneLinePerMentionAtLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = write(dir, "small.txt", SMALL);
        CliRun run = CliRun.of("mentions", file.toString(), "--rules", NEWS_PACK);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(file + ": publication date unknown, 5 mentions\n"
                + "  1:16     15-27        quantity  \"at least 100\" = at least 100\n"
                + "  1:41     40-49        date      \"Wednesday\" = XXXX-WXX-3  TIMEX3 DATE XXXX-WXX-3\n"
                + "  2:1      51-80        quote     \"\u201CWe will not play this game,\u201D\" = We will not play this game\n"
                + "  2:49     99-113       person    \"Ismail Haniyeh\" = Ismail Haniyeh (Hamas leader)\n"
                + "  2:72     122-136      duration  \"one-week truce\" = 7 days  TIMEX3 DURATION P1W\n"
                + "\n");
    }

    /** The "line:column" the text output gives the mention whose words are {@code words}, per file in order. */
    private static List<String> positionsOf(String words, Path... files) {
        List<String> args = new ArrayList<>(List.of("mentions"));
        Stream.of(files).map(Path::toString).forEach(args::add);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        return run.out().lines().filter(line -> line.contains("\"" + words + "\""))
                .map(line -> line.strip().split(" ")[0]).toList();
    }

    @Test
    void columnsAfterACharacterOutsideTheBmpCountUtf16UnitsInEveryFormat(@TempDir Path dir) throws IOException {
        String sentence = "\uD83D\uDE00 Israel released 240 prisoners.\n";
        assertThat(positionsOf("240",
                write(dir, "a.txt", sentence),
                write(dir, "b.md", "---\ntitle: T\n---\n" + sentence),
                write(dir, "c.html", "<p>" + sentence + "</p>"),
                write(dir, "d.html", "<p>&#x1F600; Israel released 240 prisoners.</p>"),
                write(dir, "e.html", "<p>&#128512; Israel released 240 prisoners.</p>"),
                write(dir, "f.html", "<p>&nGt; &#x1F600;&#128512; Israel released 240 prisoners.</p>")))
                // the emoji is two UTF-16 units, as Java, VS Code, IntelliJ and SARIF count columns; an entity
                // counts as the characters of its markup
                .containsExactly("1:20", "4:20", "1:23", "1:30", "1:30", "1:45");
    }

    @Test
    void aZeroWidthCharacterInsideANumberHidesNothing(@TempDir Path dir) throws IOException {
        Path plain = write(dir, "plain.txt", "Officials said nearly 1000 people were killed.\n");
        Path hidden = write(dir, "hidden.txt", "Officials\u200B said nearly 1\u200B000 people were killed.\n");
        CliRun run = CliRun.of("mentions", plain.toString(), hidden.toString());
        assertThat(run.err()).isEmpty();
        List<String> quantities = run.out().lines().filter(line -> line.contains(" quantity ")).toList();
        // the same words and value; the column is the one in each file, the offsets those of the visible text
        assertThat(quantities).containsExactly(
                "  1:16     15-26        quantity  \"nearly 1000\" = nearly 1,000",
                "  1:17     15-26        quantity  \"nearly 1000\" = nearly 1,000");
    }

    @Test
    void temporalMentionsOfTheSeeds() throws IOException {
        List<String> args = new ArrayList<>(List.of("mentions", "--format", "json"));
        try (Stream<Path> files = Files.list(SEEDS)) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> args.add(f.toString()));
        }
        JsonNode articles = json(args.toArray(String[]::new)).get("articles");
        assertThat(articles).hasSize(5);

        assertThat(articles.get(0).get("published").isNull()).isTrue();
        assertThat(timexes(articles.get(0))).containsExactly("Wednesday: DATE XXXX-WXX-3",
                "November 24 to December 1: DATE XXXX-11-24");
        assertThat(timexes(articles.get(1))).containsExactly("Wednesday: DATE XXXX-WXX-3",
                "10 weeks: DURATION P10W", "November 24 to December 1: DATE XXXX-11-24", "October 7: DATE XXXX-10-07",
                "October 7: DATE XXXX-10-07", "recently: DATE PAST_REF", "Tuesday: DATE XXXX-WXX-2",
                "Monday: DATE XXXX-WXX-1",
                "now: DATE PRESENT_REF", "Tuesday night: TIME XXXX-WXX-2TNI");
        assertThat(timexes(articles.get(2))).containsExactly("today: DATE XXXX-XX-XX",
                "early next week: DATE XXXX-WXX START", "recently: DATE PAST_REF", "one-week truce: DURATION P1W",
                "the end of November: DATE XXXX-11 END");
        assertThat(timexes(articles.get(3))).containsExactly("November: DATE XXXX-11", "October 7: DATE XXXX-10-07");

        // 004's date comes from seeds/story.yaml
        JsonNode dated = articles.get(4);
        assertThat(dated.get("published").asText()).isEqualTo("2024-02-01");
        assertThat(timexes(dated)).containsExactly("February 1, 2024: DATE 2024-02-01",
                "Thursday 1 February: DATE 2024-02-01", "last weekend: DATE 2024-W04-WE",
                "six-week halt: DURATION P6W");
        assertThat(mention(dated, "last weekend").get("value").asText()).isEqualTo("2024-01-27 to 2024-01-28");
        assertThat(mention(dated, "six-week halt").get("value").asText()).isEqualTo("42 days");
    }

    @Test
    void publishedOverridesTheArticleDate() throws IOException {
        JsonNode articles = json("mentions", "--format", "json", "--published", "2023-12-18",
                SEEDS.resolve("000_3e65c4e6364ee2ab.txt").toString(),
                SEEDS.resolve("004_9d61dd4defbaf8ac.txt").toString()).get("articles");
        assertThat(articles.get(0).get("published").asText()).isEqualTo("2023-12-18");
        assertThat(timexes(articles.get(0))).containsExactly("Wednesday: DATE 2023-12-13",
                "November 24 to December 1: DATE 2023-11-24");
        assertThat(mention(articles.get(0), "November 24 to December 1").get("value").asText())
                .isEqualTo("2023-11-24 to 2023-12-01");
        // story.yaml says 2024-02-01; the option wins: a Monday in ISO week 51, so last weekend is in week 50
        assertThat(articles.get(1).get("published").asText()).isEqualTo("2023-12-18");
        assertThat(timexes(articles.get(1))).contains("last weekend: DATE 2023-W50-WE");
    }

    @Test
    void storyYamlOfTheFilesFolderApplies(@TempDir Path dir) throws IOException {
        write(dir, "story.yaml", "articles:\n  - file: talks.txt\n    published: 2024-02-01\n");
        Path file = write(dir, "talks.txt", "Talks resumed in Cairo on Wednesday.\n");
        JsonNode article = json("mentions", "--format", "json", file.toString()).get("articles").get(0);
        assertThat(article.get("published").asText()).isEqualTo("2024-02-01");
        assertThat(timexes(article)).containsExactly("Wednesday: DATE 2024-01-31");
    }

    /** News sentences for each TimeML value family, published on Thursday 1 February 2024. */
    @Test
    void timeMlValuesOfNewsSentences(@TempDir Path dir) throws IOException {
        Path file = write(dir, "news.txt", String.join("\n",
                "The delegation arrived in Cairo on Monday, met officials on Thursday and will leave on Saturday.",
                "Aid deliveries fell last week, rose last month and were lower than last year.",
                "The army said this week that it had struck 30 targets, after a lull earlier this month.",
                "The plan was drafted last weekend, and talks resume early next week.",
                "Gaza has been under blockade for the past two years.",
                "The ceasefire agreed in January collapsed in March 2013, and talks failed last March.",
                "Growth slowed last summer and in summer 2013.",
                "Output fell in the third quarter and in Q1 2013.",
                "Strikes hit on Friday night, and the convoy left at 8:30 a.m.",
                "The camp was built in the 1990s; the city dates to the 19th century.",
                "Envoys meet every Friday and report annually.",
                "The talks lasted ten days, the truce six weeks and the blockade seventeen years.",
                "Hamas now holds 136 hostages, and at present no deal exists.") + "\n");
        JsonNode article = json("mentions", "--format", "json", "--published", "2024-02-01", file.toString())
                .get("articles").get(0);
        assertThat(timexes(article)).containsExactly(
                "Monday: DATE 2024-01-29", "Thursday: DATE 2024-02-01", "Saturday: DATE 2024-02-03",
                "last week: DATE 2024-W04", "last month: DATE 2024-01", "last year: DATE 2023",
                "this week: DATE 2024-W05", "earlier this month: DATE 2024-02",
                "last weekend: DATE 2024-W04-WE", "early next week: DATE 2024-W06 START",
                "the past two years: DURATION P2Y",
                "January: DATE 2024-01", "March 2013: DATE 2013-03", "last March: DATE 2023-03",
                "last summer: DATE 2023-SU", "summer 2013: DATE 2013-SU",
                "the third quarter: DATE 2023-Q3", "Q1 2013: DATE 2013-Q1",
                "Friday night: TIME 2024-01-26TNI", "8:30 a.m.: TIME 2024-02-01T08:30",
                "the 1990s: DATE 199", "the 19th century: DATE 18",
                "every Friday: SET XXXX-WXX-5", "annually: SET P1Y",
                "ten days: DURATION P10D", "six weeks: DURATION P6W", "seventeen years: DURATION P17Y",
                "now: DATE PRESENT_REF", "present: DATE PRESENT_REF");
    }

    @Test
    void daysAndWeeksOfAnotherYear(@TempDir Path dir) throws IOException {
        Path file = write(dir, "report.txt", "The report dated March 22 came out last week, after a draft in March.\n");
        JsonNode article = json("mentions", "--format", "json", "--published", "2013-03-27", file.toString())
                .get("articles").get(0);
        assertThat(timexes(article)).containsExactly("March 22: DATE 2013-03-22", "last week: DATE 2013-W12",
                "March: DATE 2013-03");
    }

    // ---- bad input: exit 2, one line naming what is wrong, nothing on stdout

    @Test
    void missingFileIsNamed(@TempDir Path dir) throws IOException {
        Path good = write(dir, "small.txt", SMALL);
        Path missing = dir.resolve("missing.txt");
        CliRun run = CliRun.of("mentions", good.toString(), missing.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("factunit: " + missing + ": no such file" + System.lineSeparator());
    }

    @Test
    void binaryFileIsNamed(@TempDir Path dir) throws IOException {
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        CliRun run = CliRun.of("mentions", binary.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("factunit: " + binary + ": binary file, not text");
    }

    @Test
    void foldersAndOtherFilesAreNoArticles() {
        CliRun folder = CliRun.of("mentions", SEEDS.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.err()).startsWith("factunit: " + SEEDS + ": a folder, not an article file");
        Path manifest = SEEDS.resolve("story.yaml");
        CliRun yaml = CliRun.of("mentions", manifest.toString());
        assertThat(yaml.exit()).isEqualTo(2);
        assertThat(yaml.err()).startsWith("factunit: " + manifest + ": not an article (.txt, .md");
    }

    @Test
    void invalidPublishedDate(@TempDir Path dir) throws IOException {
        Path file = write(dir, "small.txt", SMALL);
        CliRun run = CliRun.of("mentions", "--published", "2024-02-30", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("factunit: --published: '2024-02-30' is not a date; expected YYYY-MM-DD"
                + System.lineSeparator());
    }

    @Test
    void unknownFormat(@TempDir Path dir) throws IOException {
        Path file = write(dir, "small.txt", SMALL);
        CliRun run = CliRun.of("mentions", "--format", "xml", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("factunit: --format must be text or json");
    }
}
