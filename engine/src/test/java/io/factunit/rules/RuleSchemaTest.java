package io.factunit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON Schema editors use for rule files accepts the default pack and refuses what the loader refuses. */
class RuleSchemaTest {
    private static final Path SCHEMA = Path.of("src/main/resources/io/factunit/schema/factunit-rules.schema.json");
    private static final Path PACK = Path.of("../rules/src/main/resources/factunit/rules");
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    @Test
    void defaultPackConforms() throws IOException {
        try (Stream<Path> files = Files.list(PACK)) {
            List<Path> yamls = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yamls).hasSize(6);
            for (Path file : yamls) {
                assertThat(problems(Files.readString(file))).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void schemaRefusesWhatTheLoaderRefuses() throws IOException {
        assertThat(problems("claims:\n  - {id: a, mention: quantity, verbs: [release]}\n")).isNotEmpty();
        assertThat(problems("checks:\n  - {id: c, kind: agrees, claim: a}\n")).isNotEmpty();
        assertThat(problems("claims:\n  - {id: a, mention: quantity, head: [x], bare: maybe}\n")).isNotEmpty();
        assertThat(problems("claims:\n  - {id: a, mention: quantity, head: [x], bare: true, unless-modifier: [other]}\n"))
                .isEmpty();
        assertThat(problems("claims:\n  - {id: Bad_Id, mention: date}\n")).isNotEmpty();
        assertThat(problems("checks:\n  - {id: c, kind: agree, claim: a, severity: fatal}\n")).isNotEmpty();
        assertThat(problems("claims:\n  - {id: a, mention: quantity, qualifiers: [time-anchor, published]}\n")).isEmpty();
        assertThat(problems("names:\n  towns: [Rafah]\n")).isNotEmpty();
        assertThat(problems("names:\n  places: [Rafah]\n  organisations: [UNRWA]\n")).isEmpty();
        assertThat(problems("claims:\n  - {id: a, mention: date, event: true}\nchecks:\n  - {id: c, kind: event-dates-agree,"
                + " claim: a, weak-alignment: off}\n")).isEmpty();
        assertThat(problems("checks:\n  - {id: c, kind: event-dates-agree, claim: a, weak-alignment: loud}\n")).isNotEmpty();
    }

    private static List<String> problems(String yaml) throws IOException {
        JsonNode tree = new YAMLMapper().readTree(yaml);
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(new ObjectMapper().writeValueAsString(tree), InputFormat.JSON)) {
            problems.add(error.toString());
        }
        return problems;
    }
}
