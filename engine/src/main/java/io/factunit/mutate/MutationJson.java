package io.factunit.mutate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * {@code factunit mutate --format json}, documented in docs/mutate.md: the settings, the tally per kind, every
 * plant with its outcome, and the failures of the untouched stories. Written field by field so the key order
 * is fixed and the same run always gives the same bytes.
 */
public final class MutationJson {
    private MutationJson() {
    }

    public static String render(MutationReport report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            MutationSettings settings = report.settings();
            json.writeNumberField("seed", settings.seed());
            json.writeNumberField("maxPerStory", settings.maxPerStory());
            json.writeNumberField("stories", report.stories().size());
            json.writeArrayFieldStart("kinds");
            for (MutationReport.Tally tally : report.tallies()) {
                json.writeStartObject();
                json.writeStringField("kind", tally.kind().label());
                json.writeNumberField("planted", tally.planted());
                json.writeNumberField("caught", tally.caught());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("plants");
            for (PlantResult result : report.plants()) {
                plant(json, result);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("untouchedFailures");
            for (Finding failure : report.untouchedFailures()) {
                failure(json, failure);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void plant(JsonGenerator json, PlantResult result) throws IOException {
        Plant plant = result.plant();
        json.writeStartObject();
        json.writeStringField("kind", plant.kind().label());
        json.writeStringField("story", plant.story().toString());
        json.writeStringField("article", plant.articleId());
        json.writeStringField("file", plant.file().toString());
        json.writeNumberField("line", plant.position().line());
        json.writeNumberField("column", plant.position().column());
        json.writeStringField("before", plant.before());
        json.writeStringField("after", plant.after());
        json.writeStringField("fact", plant.fact());
        json.writeNumberField("articles", plant.articles());
        json.writeBooleanField("caught", result.caught());
        json.writeStringField("caughtBy", result.caughtBy());
        json.writeEndObject();
    }

    private static void failure(JsonGenerator json, Finding failure) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", failure.file().toString());
        if (failure.position() != null) {
            json.writeNumberField("line", failure.position().line());
            json.writeNumberField("column", failure.position().column());
        }
        json.writeStringField("check", failure.check());
        json.writeStringField("severity", failure.severity().yamlName());
        json.writeStringField("summary", failure.summary());
        json.writeEndObject();
    }
}
