package io.factunit.article;

import java.util.List;
import java.util.Map;

/** A parsed YAML value with the 1-based line and column where it starts in its file. */
sealed interface YamlNode {
    int line();

    int column();

    /** What kind of value this is, for messages ("text", "a list", "a mapping", "nothing"). */
    String kind();

    /** A scalar; {@code text} is the value as written (YAML 1.1 "yes" stays "yes", never "true"). */
    record Scalar(String text, int line, int column) implements YamlNode {
        @Override
        public String kind() {
            return "text";
        }
    }

    /** An explicit or empty null ({@code key:} or {@code key: ~}): the key is treated as absent. */
    record Null(int line, int column) implements YamlNode {
        @Override
        public String kind() {
            return "nothing";
        }
    }

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A mapping in file order; each key keeps the position of the key itself. */
    record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    record Entry(String key, int line, int column, YamlNode value) {
    }
}
