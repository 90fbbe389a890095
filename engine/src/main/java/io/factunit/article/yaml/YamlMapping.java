package io.factunit.article.yaml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Typed access to the keys of one YAML mapping whose keys {@link YamlReader#mapping} has checked. Every
 * problem (missing key, wrong type, bad value) is the reader's exception at the value's line and column.
 * <p>
 * A key whose value is null ({@code key: ~}) counts as absent: an optional value falls back to its default, a
 * required one is "empty". (A key with nothing after it, {@code key:}, is empty text.)
 */
public final class YamlMapping implements Located {
    private final YamlReader reader;
    private final YamlNode.Mapping mapping;

    YamlMapping(YamlReader reader, YamlNode.Mapping mapping) {
        this.reader = reader;
        this.mapping = mapping;
    }

    public YamlNode.Mapping node() {
        return mapping;
    }

    @Override
    public int line() {
        return mapping.line();
    }

    @Override
    public int column() {
        return mapping.column();
    }

    /** The entry for a key (at the key's own position), or null when it is absent or has no value. */
    public YamlNode.Entry entry(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null || entry.value() instanceof YamlNode.Null ? null : entry;
    }

    /** Whether the key is there with a value. */
    public boolean has(String key) {
        return entry(key) != null;
    }

    /** The value of a key, or null when it is absent or has no value. */
    public YamlNode value(String key) {
        YamlNode.Entry entry = entry(key);
        return entry == null ? null : entry.value();
    }

    /** A required text, as written. */
    public String text(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null) {
            throw reader.error(mapping, "missing required key '" + key + "'");
        }
        if (entry.value() instanceof YamlNode.Null empty) {
            throw reader.error(empty, "'" + key + "' is empty");
        }
        return scalar(key, entry.value());
    }

    /** A text as written, or {@code fallback} when the key is absent. */
    public String text(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    /** An optional text, stripped of surrounding blanks: null when absent, an error when blank. */
    public String strippedText(String key) {
        YamlNode value = value(key);
        if (value == null) {
            return null;
        }
        String text = scalar(key, value).strip();
        if (text.isEmpty()) {
            throw reader.error(value, "'" + key + "' is empty");
        }
        return text;
    }

    /** A word or a list of words, lower-cased; empty when absent. */
    public Set<String> words(String key) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts(key)) {
            words.add(text.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** A text or a list of texts, as written; empty when absent. */
    public List<String> texts(String key) {
        YamlNode value = value(key);
        List<String> texts = new ArrayList<>();
        if (value instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                texts.add(scalar(key, item));
            }
        } else if (value != null) {
            texts.add(scalar(key, value));
        }
        return texts;
    }

    /** A list; empty when absent. */
    public List<YamlNode> list(String key) {
        YamlNode value = value(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof YamlNode.Sequence sequence)) {
            throw reader.error(value, "'" + key + "' must be a list, found " + value.kind());
        }
        return sequence.items();
    }

    /** A non-negative number, or a percentage ({@code 5%} is 0.05); {@code fallback} when absent. */
    public double number(String key, double fallback) {
        if (!has(key)) {
            return fallback;
        }
        String text = text(key);
        try {
            boolean percent = text.endsWith("%");
            double value = Double.parseDouble(percent ? text.substring(0, text.length() - 1) : text);
            if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return percent ? value / 100 : value;
        } catch (NumberFormatException e) {
            throw reader.error(value(key), "'" + key + "' must be a non-negative number, found '" + text + "'");
        }
    }

    /** {@code true} or {@code false}, as written; {@code fallback} when absent. */
    public boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        String text = text(key);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw reader.error(value(key), "'" + key + "' must be true or false, found '" + text + "'");
        };
    }

    /** The reader's exception for a problem at {@code at}, for checks the caller makes itself. */
    public RuntimeException error(Located at, String reason) {
        return reader.error(at, reason);
    }

    private String scalar(String key, YamlNode value) {
        if (!(value instanceof YamlNode.Scalar scalar)) {
            throw reader.error(value, "'" + key + "' must be text, found " + value.kind());
        }
        return scalar.text();
    }
}
