package io.factunit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factunit.check.StoryReport;
import io.factunit.rules.AcceptedDiscrepancy;
import io.factunit.rules.Location;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void fieldNamesAndOrderAreTheDocumentedOnes() throws Exception {
        JsonNode report = JSON.readTree(new JsonReport().render(List.of(ReportFixtures.prisoners(dir))));

        assertThat(fields(report)).containsExactly("version", "stories", "articles", "claims", "results",
                "staleBaselineEntries");
        assertThat(report.get("version").asInt()).isEqualTo(JsonReport.FORMAT_VERSION).isEqualTo(1);
        assertThat(fields(report.at("/stories/0"))).containsExactly("id", "path", "title");
        assertThat(fields(report.at("/articles/0"))).containsExactly("story", "id", "path", "source", "published");
        assertThat(fields(report.at("/claims/0")))
                .containsExactly("story", "id", "kind", "article", "value", "qualifier", "text", "start", "end", "line",
                        "column");
        assertThat(fields(report.at("/claims/0/value"))).containsExactly("text", "low", "high", "approximate");
        assertThat(fields(report.at("/results/0")))
                .containsExactly("story", "check", "subject", "status", "severity", "summary", "message", "claims",
                        "baselineEntry");
        assertThat(fields(report.at("/results/1"))) // only a failure has an entry to accept it
                .containsExactly("story", "check", "subject", "status", "severity", "summary", "message", "claims");
    }

    @Test
    void valuesOfTheFixture() throws Exception {
        JsonNode report = JSON.readTree(new JsonReport().render(List.of(ReportFixtures.prisoners(dir))));

        assertThat(report.at("/stories/0/id").asText()).isEqualTo("gaza");
        assertThat(report.at("/stories/0/title").asText()).isEqualTo("Prisoner release");
        assertThat(report.get("articles").findValuesAsText("id")).containsExactly("a", "b", "c");
        assertThat(report.at("/articles/1/source").asText()).isEqualTo("Press & <Co>");
        assertThat(report.at("/articles/2/source").isNull()).isTrue();
        assertThat(report.at("/articles/0/published").isNull()).isTrue();

        JsonNode claim = report.at("/claims/4");
        assertThat(claim.toString()).isEqualTo("{\"story\":\"gaza\",\"id\":\"c:prisoners-released:16\","
                + "\"kind\":\"prisoners-released\","
                + "\"article\":\"c\",\"value\":{\"text\":\"250\",\"low\":250,\"high\":250,\"approximate\":false},"
                + "\"qualifier\":\"\",\"text\":\"250\",\"start\":16,\"end\":19,\"line\":1,\"column\":17}");

        assertThat(report.get("results").findValuesAsText("status")).containsExactly("failed", "passed", "skipped");
        JsonNode failed = report.at("/results/0");
        assertThat(failed.get("check").asText()).isEqualTo("prisoners-agree");
        assertThat(failed.get("severity").asText()).isEqualTo("error");
        assertThat(failed.get("subject").asText()).isEqualTo("240");
        assertThat(failed.get("summary").asText()).isEqualTo("240 in 2 articles, but 250 in c");
        assertThat(failed.get("claims").toString())
                .isEqualTo("[\"a:prisoners-released:16\",\"b:prisoners-released:16\",\"c:prisoners-released:16\"]");
        assertThat(report.at("/results/2/claims").size()).isZero();
        // what a baseline entry matches on, to paste
        assertThat(failed.get("baselineEntry").toString()).isEqualTo("{\"check\":\"prisoners-agree\",\"story\":\""
                + "gaza\",\"values\":[\"a: 240\",\"b: 240\",\"c: 250\"]}");
    }

    @Test
    void staleBaselineEntriesAreListedWithTheirPlace() throws Exception {
        AcceptedDiscrepancy entry = new AcceptedDiscrepancy("prisoners-agree", null, "", List.of("a: 1", "b: 2"),
                "why", "desk", new Location("baseline.yaml", 3, 5));
        StringWriter out = new StringWriter();
        try (ReportWriter writer = new JsonReport().writer(out)) {
            writer.story(ReportFixtures.prisoners(dir));
            writer.stale(List.of(entry));
            writer.finish();
        }
        assertThat(JSON.readTree(out.toString()).get("staleBaselineEntries").toString()).isEqualTo(
                "[{\"file\":\"baseline.yaml\",\"line\":3,\"column\":5,\"message\":\"stale baseline entry:"
                        + " prisoners-agree with a: 1, b: 2 matches no failure; remove it (or run --update-baseline)\","
                        + "\"check\":\"prisoners-agree\",\"story\":null,\"values\":[\"a: 1\",\"b: 2\"]}]");
    }

    @Test
    void controlCharactersAreEscapedByTheEncoderAndTheDataStaysExact() throws Exception {
        String json = new JsonReport().render(List.of(ReportFixtures.hostilePrisoners(dir)));

        assertThat(json).doesNotContain("\u001b", "\u0007", "\b", "\t").contains("Wire\\u001B[31m");
        JsonNode report = JSON.readTree(json);
        assertThat(report.at("/articles/2/source").asText()).isEqualTo("Wire\u001b[31m");
        assertThat(report.at("/results/0/message").asText()).contains("\"Israel released 250 Palestinian prisoners"
                + " on\tMonday, the \u202Eyrtsinim\u202C said \u001b[2K\b\b\u009b1m\u0007.\"");
    }

    @Test
    void openBoundsAreNull() throws Exception {
        StoryReport report = ReportFixtures.check(dir, "gaza", ReportFixtures.RULES, null, Map.of(
                "a.txt", "Israel released more than 240 Palestinian prisoners.",
                "b.txt", "Israel released 250 Palestinian prisoners."));
        JsonNode value = JSON.readTree(new JsonReport().render(List.of(report))).at("/claims/0/value");

        assertThat(value.get("text").asText()).isEqualTo("more than 240");
        assertThat(value.get("high").isNull()).isTrue();
        assertThat(value.get("approximate").asBoolean()).isTrue();
    }

    @Test
    void sameInputSameBytes() {
        StoryReport report = ReportFixtures.prisoners(dir);
        String first = new JsonReport().render(List.of(report));

        assertThat(new JsonReport().render(List.of(report))).isEqualTo(first);
        assertThat(new JsonReport().render(List.of(ReportFixtures.prisoners(dir)))).isEqualTo(first);
        assertThat(first).endsWith("}\n").doesNotContain("\r");
    }
}
