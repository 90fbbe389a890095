package io.factunit.article;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema of story.yaml shipped in the jar (what {@code factunit schema story} prints) accepts the
 * repository's manifests and refuses what {@link ManifestReader} refuses, key for key.
 */
class StorySchemaTest {
    static final String RESOURCE = "/io/factunit/schema/factunit-story.schema.json";
    private static Schema schema;
    private static JsonNode tree;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = StorySchemaTest.class.getResourceAsStream(RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
            tree = new ObjectMapper().readTree(text);
        }
    }

    @Test
    void theRepositorysManifestsConform() throws IOException {
        for (String manifest : List.of("../seeds/story.yaml", "../examples/custom-rules/src/test/stories/council-vote/story.yaml")) {
            assertThat(problems(Files.readString(Path.of(manifest)))).as(manifest).isEmpty();
        }
    }

    @Test
    void theSchemaNamesTheKeysTheReaderReads() {
        List<String> story = new ArrayList<>();
        tree.get("properties").fieldNames().forEachRemaining(story::add);
        assertThat(story).isEqualTo(ManifestReader.STORY_KEYS);
        List<String> entry = new ArrayList<>();
        tree.get("definitions").get("entry").get("properties").fieldNames().forEachRemaining(entry::add);
        assertThat(entry).isEqualTo(ManifestReader.ENTRY_KEYS);
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() throws IOException {
        assertThat(problems("title: Ferry\narticles:\n  - {file: 001.txt, published: 2024-02-01T10:00:00Z}\n")).isEmpty();
        assertThat(problems("title: ~\n")).isEmpty();
        assertThat(problems("headline: Ferry\n")).hasSize(1);
        assertThat(problems("articles:\n  - {source: Reuters}\n")).hasSize(1);
        assertThat(problems("articles:\n  - {file: 001.txt, outlet: Reuters}\n")).hasSize(1);
        assertThat(problems("articles:\n  - {file: news/001.txt}\n")).hasSize(1);
        assertThat(problems("articles:\n  - {file: 001.pdf}\n")).hasSize(1);
        assertThat(problems("articles:\n  - {file: 001.TXT, published: 1 February 2024}\n")).hasSize(1);
    }

    private static List<String> problems(String yaml) throws IOException {
        JsonNode document = new YAMLMapper().readTree(yaml);
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(new ObjectMapper().writeValueAsString(document), InputFormat.JSON)) {
            problems.add(error.toString());
        }
        return problems;
    }
}
