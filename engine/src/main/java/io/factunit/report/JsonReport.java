package io.factunit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.factunit.article.Article;
import io.factunit.check.Baseline;
import io.factunit.check.BaselineAudit;
import io.factunit.check.CheckResult;
import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import io.factunit.check.ValueText;
import io.factunit.claim.Claim;
import io.factunit.mention.quantity.Quantity;
import io.factunit.mention.quantity.QuantityMention;
import io.factunit.rules.AcceptedDiscrepancy;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The machine-readable report, documented in docs/report-format.md. Written field by field with Jackson's
 * generator so the key order is fixed; nothing in it depends on time, locale or scheduling. The document
 * lists all stories, then all articles, all claims and all results: the stories go straight to the output,
 * the other three wait in its {@link Scratch} until the last story is in. The last story's articles, claims
 * and results are held back and written straight after the others', so a run of one story spills nothing.
 */
final class JsonReport implements ReportFormat {
    public static final int FORMAT_VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public ReportWriter writer(Writer out, Scratch scratch) throws IOException {
        return new Streaming(out, scratch);
    }

    private static final class Streaming implements ReportWriter {
        private final Writer out;
        private final JsonGenerator json;
        private SpilledJsonArray articles;
        private SpilledJsonArray claims;
        private SpilledJsonArray results;
        private List<AcceptedDiscrepancy> stale = List.of();
        private StoryReport last;

        Streaming(Writer out, Scratch scratch) throws IOException {
            this.out = out;
            json = generator(out);
            try {
                articles = spilled(scratch, "articles");
                claims = spilled(scratch, "claims");
                results = spilled(scratch, "results");
            } catch (IOException | RuntimeException e) {
                close();
                throw e;
            }
            json.writeStartObject();
            json.writeNumberField("version", FORMAT_VERSION);
            json.writeArrayFieldStart("stories");
        }

        @Override
        public void story(StoryReport story) throws IOException {
            json.writeStartObject();
            json.writeStringField("id", story.story().id());
            json.writeStringField("path", story.story().dir().toString());
            json.writeStringField("title", story.story().title());
            json.writeEndObject();
            if (last != null) {
                articles(articles.json(), last);
                claims(claims.json(), last);
                results(results.json(), last);
            }
            last = story;
        }

        @Override
        public void stale(List<AcceptedDiscrepancy> entries) {
            stale = List.copyOf(entries);
        }

        @Override
        public void finish() throws IOException {
            json.writeEndArray();
            StoryReport tail = last;
            articles.pourInto(json, out, "articles", g -> articles(g, tail));
            claims.pourInto(json, out, "claims", g -> claims(g, tail));
            results.pourInto(json, out, "results", g -> results(g, tail));
            json.writeArrayFieldStart("staleBaselineEntries");
            for (AcceptedDiscrepancy entry : stale) {
                json.writeStartObject();
                json.writeStringField("file", entry.location().file());
                json.writeNumberField("line", entry.location().line());
                json.writeNumberField("column", entry.location().column());
                json.writeStringField("message", BaselineAudit.describe(entry));
                baselineEntry(json, entry);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            out.write('\n');
            out.flush();
        }

        /** The document's generator is left as it is: it holds nothing but a buffer, and the output is the caller's. */
        @Override
        public void close() throws IOException {
            try (SpilledJsonArray a = articles; SpilledJsonArray c = claims; SpilledJsonArray r = results) {
                // deletes each file made, also when deleting another fails
            }
        }
    }

    private static void articles(JsonGenerator json, StoryReport story) throws IOException {
        if (story != null) {
            for (Article article : story.story().articles()) {
                article(json, story, article);
            }
        }
    }

    private static void claims(JsonGenerator json, StoryReport story) throws IOException {
        if (story != null) {
            for (Claim claim : story.claims()) {
                claim(json, story, claim);
            }
        }
    }

    private static void results(JsonGenerator json, StoryReport story) throws IOException {
        if (story != null) {
            for (CheckResult result : story.results()) {
                result(json, story, result);
            }
        }
    }

    /** A top-level array of the document, spilled: its generator opens the document down to it. */
    private static SpilledJsonArray spilled(Scratch scratch, String name) throws IOException {
        return new SpilledJsonArray(scratch, out -> {
            JsonGenerator json = generator(out);
            json.writeStartObject();
            json.writeArrayFieldStart(name);
            return json;
        });
    }

    /** Two-space indentation; the caller's writer stays open. */
    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
        json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
        return json;
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

    private static void claim(JsonGenerator json, StoryReport story, Claim claim) throws IOException {
        json.writeStartObject();
        // claim ids are unique within a story; two stories may hold articles (and so claims) with the same ids
        json.writeStringField("story", story.story().id());
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
        if (result.status() == Status.FAILED) {
            // the entry to paste into a baseline file to accept this failure after review
            json.writeObjectFieldStart("baselineEntry");
            baselineEntry(json, Baseline.entry(result));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** The fields of a baseline entry that it matches on: check, story (null: any) and values. */
    private static void baselineEntry(JsonGenerator json, AcceptedDiscrepancy entry) throws IOException {
        json.writeStringField("check", entry.check());
        json.writeStringField("story", entry.story());
        if (!entry.subject().isEmpty()) {
            json.writeStringField("subject", entry.subject());
        }
        json.writeArrayFieldStart("values");
        for (String value : entry.values()) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
