package io.factunit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.factunit.article.Article;
import io.factunit.mention.Mention;
import io.factunit.mention.Timex;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code factunit mentions --format json}, documented in docs/report-format.md. Written field by field so the
 * key order is fixed and the same articles always give the same bytes.
 */
public final class MentionsJson {
    private MentionsJson() {
    }

    public static String render(List<ArticleMentions> articles) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeArrayFieldStart("articles");
            for (ArticleMentions found : articles) {
                article(json, found);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void article(JsonGenerator json, ArticleMentions found) throws IOException {
        Article article = found.article();
        json.writeStartObject();
        json.writeStringField("path", article.path().toString());
        json.writeStringField("published", article.published() == null ? null : article.published().toString());
        json.writeArrayFieldStart("mentions");
        for (Mention mention : found.mentions()) {
            mention(json, mention);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void mention(JsonGenerator json, Mention mention) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", mention.kind());
        json.writeNumberField("start", mention.start());
        json.writeNumberField("end", mention.end());
        json.writeStringField("text", mention.text());
        json.writeStringField("value", MentionValue.of(mention));
        Timex timex = MentionValue.timex(mention);
        if (timex != null) {
            json.writeObjectFieldStart("timex");
            json.writeStringField("type", timex.type());
            json.writeStringField("value", timex.value());
            if (timex.mod() != null) {
                json.writeStringField("mod", timex.mod());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
