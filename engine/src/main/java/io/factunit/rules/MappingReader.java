package io.factunit.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the keys of one YAML mapping with located errors: unknown keys (with the keys that were
 * expected), missing keys and wrong types all name the line and column.
 */
final class MappingReader {
    private final YamlNode.Mapping mapping;

    MappingReader(YamlNode node, String what, List<String> allowedKeys) {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new RuleException(node.location(), what + " must be a mapping of keys, found " + node.describe());
        }
        this.mapping = m;
        for (var entry : m.keyLocations().entrySet()) {
            if (!allowedKeys.contains(entry.getKey())) {
                throw new RuleException(entry.getValue(), "unknown key '" + entry.getKey() + "' in " + what
                        + " (expected one of: " + String.join(", ", allowedKeys) + ")");
            }
        }
    }

    Location location() {
        return mapping.location();
    }

    Location location(String key) {
        Location at = mapping.keyLocations().get(key);
        return at == null ? mapping.location() : at;
    }

    boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    YamlNode node(String key) {
        return mapping.entries().get(key);
    }

    String text(String key) {
        YamlNode value = mapping.entries().get(key);
        if (value == null) {
            throw new RuleException(mapping.location(), "missing required key '" + key + "'");
        }
        return scalar(key, value);
    }

    String text(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    /** A word or a list of words, lower-cased. */
    Set<String> words(String key) {
        YamlNode value = mapping.entries().get(key);
        Set<String> words = new LinkedHashSet<>();
        if (value == null) {
            return words;
        }
        if (value instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                words.add(scalar(key, item).toLowerCase(Locale.ROOT));
            }
        } else {
            words.add(scalar(key, value).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** A text or a list of texts, as written. */
    List<String> texts(String key) {
        YamlNode value = mapping.entries().get(key);
        List<String> texts = new ArrayList<>();
        if (value instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                texts.add(scalar(key, item));
            }
        } else if (value != null) {
            texts.add(scalar(key, value));
        }
        return texts;
    }

    List<YamlNode> list(String key) {
        YamlNode value = mapping.entries().get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof YamlNode.Sequence seq)) {
            throw new RuleException(value.location(), "'" + key + "' must be a list, found " + value.describe());
        }
        return seq.items();
    }

    double number(String key, double fallback) {
        if (!has(key)) {
            return fallback;
        }
        String text = text(key);
        try {
            double value = Double.parseDouble(text.endsWith("%")
                    ? text.substring(0, text.length() - 1) : text);
            if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return text.endsWith("%") ? value / 100 : value;
        } catch (NumberFormatException e) {
            throw new RuleException(node(key).location(), "'" + key + "' must be a non-negative number, found '"
                    + text + "'");
        }
    }

    boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        String text = text(key);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new RuleException(node(key).location(), "'" + key + "' must be true or false, found '"
                    + text + "'");
        };
    }

    private static String scalar(String key, YamlNode value) {
        if (!(value instanceof YamlNode.Scalar s) || s.value() == null) {
            throw new RuleException(value.location(), "'" + key + "' must be text, found "
                    + (value instanceof YamlNode.Scalar ? "nothing" : value.describe()));
        }
        return s.value();
    }
}
