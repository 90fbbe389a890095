package io.factunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's main job, `factunit check seeds`, with the default pack from the classpath. */
class CheckSeedsCliTest {

    private static PackRun run(String... args) {
        return PackRun.of(args);
    }

    @Test
    void jsonReportOfTheSeedsFailsOnTheForeignMinistersSpelling() throws Exception {
        PackRun run = run("check", "../seeds", "--format", "json");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("version").asInt()).isEqualTo(1);
        assertThat(report.get("articles")).hasSize(5);
        assertThat(report.get("articles").get(4).get("published").asText()).isEqualTo("2024-02-01");
        List<String> failed = new ArrayList<>();
        for (JsonNode result : report.get("results")) {
            if (result.get("status").asText().equals("failed")) {
                failed.add(result.get("check").asText() + " " + result.get("severity").asText());
            }
        }
        assertThat(failed).containsExactly("hostages-released-agree warning", "name-spelling error");
        JsonNode spelling = find(report.get("results"), "name-spelling", "failed");
        assertThat(spelling.get("summary").asText()).isEqualTo("\"Hossein Amirabdollahian\" (001_da2c65fc36121cf0)"
                + " vs \"Hossein Amir-Abdolahian\" (002_36b8f96a3ff872cc)");
        assertThat(spelling.get("claims")).hasSize(2);
    }

    @Test
    void textReportIsTheDefaultAndWarningsAloneDoNotFailUnlessAsked() {
        PackRun text = run("check", "../seeds");
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).startsWith("Story ../seeds (5 articles, ")
                .contains("FAILED [error] name-spelling: ")
                .contains("at ../seeds/002_36b8f96a3ff872cc.txt:19:78")
                .containsPattern("\n\\d+ passed, 2 failed, \\d+ skipped\n$");
        assertThat(run("check", "../seeds", "--fail-on", "never").exit()).isEqualTo(0);
    }

    @Test
    void checksNothingSpeaksToAreListedOnlyWhenAsked() {
        String quake = "  skipped quake-magnitude-agree: skipped: no article states earthquake magnitude\n";
        PackRun quiet = run("check", "../seeds");
        assertThat(quiet.out()).doesNotContain("quake-magnitude-agree").endsWith("\n\n7 skips with nothing to compare"
                + " are not listed (--show-inapplicable lists them)\n17 passed, 2 failed, 57 skipped\n");
        PackRun all = run("check", "../seeds", "--show-inapplicable");
        assertThat(all.out()).contains(quake).doesNotContain("not listed").endsWith("\n\n17 passed, 2 failed, 57 skipped\n");
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        PackRun run = run("check", "../seeds", "--format", "pdf");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("factunit: --format: unknown format 'pdf' (expected one of: text, json,"
                + " sarif, html, github)\n");
    }

    private static JsonNode find(JsonNode results, String check, String status) {
        for (JsonNode result : results) {
            if (result.get("check").asText().equals(check) && result.get("status").asText().equals(status)) {
                return result;
            }
        }
        throw new AssertionError(check + " " + status + " not found");
    }
}
