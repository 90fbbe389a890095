package io.factunit.article;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Typed access to the keys of a YAML mapping, with positioned errors for unknown keys and wrong types. */
final class YamlFields {
    private final Path file;
    private final YamlNode.Mapping mapping;

    private YamlFields(Path file, YamlNode.Mapping mapping) {
        this.file = file;
        this.mapping = mapping;
    }

    /** Checks that {@code node} is a mapping whose keys are all in {@code allowed} (listed in messages in order). */
    static YamlFields of(Path file, YamlNode node, String what, List<String> allowed) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            throw new InputException(file, node.line(), node.column(), what + " must be a mapping with keys: "
                    + String.join(", ", allowed) + "; found " + node.kind());
        }
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                throw new InputException(file, entry.line(), entry.column(), "unknown key '" + entry.key()
                        + "' (expected one of: " + String.join(", ", allowed) + ")");
            }
        }
        return new YamlFields(file, mapping);
    }

    YamlNode.Mapping mapping() {
        return mapping;
    }

    /** The entry for a key, or null when it is absent or null-valued. */
    YamlNode.Entry entry(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null || entry.value() instanceof YamlNode.Null ? null : entry;
    }

    /** A text value, stripped; null when absent; an error when blank or not a scalar. */
    String text(String key) {
        YamlNode.Entry entry = entry(key);
        if (entry == null) {
            return null;
        }
        if (!(entry.value() instanceof YamlNode.Scalar scalar)) {
            throw wrongType(entry, "text");
        }
        String text = scalar.text().strip();
        if (text.isEmpty()) {
            throw new InputException(file, scalar.line(), scalar.column(), "'" + key + "' is empty");
        }
        return text;
    }

    /**
     * An ISO date ({@code 2024-02-01}); an ISO date-time is accepted and its date taken as written, in the
     * publisher's own offset, because that is the date the article's "today" refers to.
     */
    LocalDate date(String key) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        YamlNode value = entry(key).value();
        LocalDate date = IsoDates.strict(text);
        if (date == null) {
            throw new InputException(file, value.line(), value.column(), "'" + key + "' is not an ISO date"
                    + " (yyyy-mm-dd): '" + text + "'");
        }
        return date;
    }

    /** A list value; empty when absent. */
    List<YamlNode> list(String key) {
        YamlNode.Entry entry = entry(key);
        if (entry == null) {
            return List.of();
        }
        if (!(entry.value() instanceof YamlNode.Sequence sequence)) {
            throw wrongType(entry, "a list");
        }
        return sequence.items();
    }

    private InputException wrongType(YamlNode.Entry entry, String expected) {
        YamlNode value = entry.value();
        return new InputException(file, value.line(), value.column(), "'" + entry.key() + "' must be " + expected
                + ", found " + value.kind());
    }
}
