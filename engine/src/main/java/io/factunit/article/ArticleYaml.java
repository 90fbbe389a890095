package io.factunit.article;

import io.factunit.article.yaml.YamlDialect;
import io.factunit.article.yaml.YamlMapping;
import io.factunit.article.yaml.YamlNode;
import io.factunit.article.yaml.YamlReader;
import java.nio.file.Path;
import java.time.LocalDate;

/** The YAML of a story folder (story.yaml, Markdown front matter): the shared reader, with {@link InputException}s. */
final class ArticleYaml {
    /** A story.yaml or front matter is a handful of flat keys; 20 levels is already absurd. */
    static final YamlDialect DIALECT = new YamlDialect(20, "are not supported; write the value out",
            "are not supported; write the value plainly",
            "invalid YAML: tab character used for indentation; YAML indents with spaces only", false);

    private ArticleYaml() {
    }

    /**
     * @param file          the file named in errors
     * @param lineShift     added to every line (front matter starts below the opening {@code ---})
     * @param maxCodePoints largest document accepted
     */
    static YamlReader reader(Path file, int lineShift, long maxCodePoints) {
        return new YamlReader(DIALECT, (line, column, reason, cause) -> new InputException(file, line, column,
                reason, cause), lineShift, maxCodePoints);
    }

    /** The metadata keys a story.yaml entry and front matter share: title, source, url, published. */
    static ArticleMetadata metadata(YamlMapping fields) {
        return new ArticleMetadata(fields.strippedText("title"), fields.strippedText("source"),
                fields.strippedText("url"), date(fields, "published"));
    }

    /**
     * An ISO date ({@code 2024-02-01}); an ISO date-time is accepted and its date taken as written, in the
     * publisher's own offset, because that is the date the article's "today" refers to.
     */
    private static LocalDate date(YamlMapping fields, String key) {
        String text = fields.strippedText(key);
        if (text == null) {
            return null;
        }
        LocalDate date = IsoDates.strict(text);
        if (date == null) {
            YamlNode value = fields.value(key);
            throw fields.error(value, "'" + key + "' is not an ISO date (yyyy-mm-dd): '" + text + "'");
        }
        return date;
    }
}
