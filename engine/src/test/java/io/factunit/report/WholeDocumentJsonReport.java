package io.factunit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.factunit.article.Article;
import io.factunit.check.CheckResult;
import io.factunit.check.StoryReport;
import io.factunit.check.ValueText;
import io.factunit.claim.Claim;
import io.factunit.mention.Quantity;
import io.factunit.mention.QuantityMention;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The machine-readable report, documented in docs/report-format.md. Written field by field with Jackson's
 * generator so the key order is fixed; nothing in it depends on time, locale or scheduling.
 *
 * <p>The whole-document renderer before streaming, kept as the reference: see {@link WholeDocumentReport}.
 */
final class WholeDocumentJsonReport implements WholeDocumentReport {
    public static final int FORMAT_VERSION = 1;

    @Override
    public String render(List<StoryReport> stories) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(pretty);
            json.writeStartObject();
            json.writeNumberField("version", FORMAT_VERSION);
            json.writeArrayFieldStart("stories");
            for (StoryReport story : stories) {
                json.writeStartObject();
                json.writeStringField("id", story.story().id());
                json.writeStringField("path", story.story().dir().toString());
                json.writeStringField("title", story.story().title());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("articles");
            for (StoryReport story : stories) {
                for (Article article : story.story().articles()) {
                    article(json, story, article);
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("claims");
            for (StoryReport story : stories) {
                for (Claim claim : story.claims()) {
                    claim(json, claim);
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("results");
            for (StoryReport story : stories) {
                for (CheckResult result : story.results()) {
                    result(json, story, result);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void article(JsonGenerator json, StoryReport story, Article article) throws IOException {
        json.writeStartObject();
        json.writeStringField("story", story.story().id());
        json.writeStringField("id", article.id());
        json.writeStringField("path", article.path().toString());
        json.writeStringField("source", article.source());
        json.writeStringField("published", article.published() == null ? null : article.published().toString());
        json.writeEndObject();
    }

    private static void claim(JsonGenerator json, Claim claim) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", claim.id());
        json.writeStringField("kind", claim.kind());
        json.writeStringField("article", claim.articleId());
        json.writeObjectFieldStart("value");
        json.writeStringField("text", ValueText.of(claim.mention()));
        if (claim.mention() instanceof QuantityMention q) {
            Quantity v = q.value();
            number(json, "low", v.low());
            number(json, "high", v.high());
            json.writeBooleanField("approximate", !v.isExact());
        }
        json.writeEndObject();
        json.writeStringField("qualifier", claim.qualifier());
        json.writeStringField("text", claim.text());
        json.writeNumberField("start", claim.mention().start());
        json.writeNumberField("end", claim.mention().end());
        json.writeNumberField("line", claim.position().line());
        json.writeNumberField("column", claim.position().column());
        json.writeEndObject();
    }

    /** Infinite bounds ("at least 100") are written as null: JSON has no infinity. */
    private static void number(JsonGenerator json, String field, double value) throws IOException {
        if (Double.isInfinite(value)) {
            json.writeNullField(field);
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumberField(field, (long) value);
        } else {
            json.writeNumberField(field, value);
        }
    }

    private static void result(JsonGenerator json, StoryReport story, CheckResult result) throws IOException {
        json.writeStartObject();
        json.writeStringField("story", story.story().id());
        json.writeStringField("check", result.check().id());
        json.writeStringField("subject", result.subject());
        json.writeStringField("status", result.status().jsonName());
        json.writeStringField("severity", result.severity().yamlName());
        json.writeStringField("summary", result.summary());
        json.writeStringField("message", result.message());
        json.writeArrayFieldStart("claims");
        for (Claim claim : result.claims()) {
            json.writeString(claim.id());
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
