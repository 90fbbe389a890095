package io.factunit.article.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value with the 1-based line and column where it starts in its file, so that every later
 * complaint can name them. (Jackson's own tree drops locations.)
 */
public sealed interface YamlNode extends Located {
    /** What kind of value this is, for messages: "text", "nothing", "a list", "a mapping". */
    String kind();

    /** A scalar; {@code text} is the value as written (YAML 1.1 "yes" stays "yes", never "true"). */
    record Scalar(String text, int line, int column) implements YamlNode {
        @Override
        public String kind() {
            return "text";
        }
    }

    /**
     * An explicit null ({@code key: ~}, {@code key: null}), and an empty document. A key with nothing after it
     * ({@code key:}) is an empty {@link Scalar}, as this reader's parser settings have always read it.
     */
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

    /** A mapping in file order; each entry keeps the position of the key itself. */
    record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** One key of a mapping, at the key's own line and column, with its value. */
    record Entry(String key, int line, int column, YamlNode value) implements Located {
    }
}
