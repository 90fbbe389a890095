package io.factunit.rules;

import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node knows its line and column, so that a rule author's mistake
 * is reported where it is. (Jackson's own tree drops locations.)
 */
public sealed interface YamlNode {
    Location location();

    /** What a reader would call this node in a message: "a mapping", "a list", "text". */
    String describe();

    record Scalar(String value, Location location) implements YamlNode {
        @Override
        public String describe() {
            return "'" + value + "'";
        }
    }

    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** Keys in document order, each with the location of the key itself. */
    record Mapping(Map<String, YamlNode> entries, Map<String, Location> keyLocations, Location location)
            implements YamlNode {
        @Override
        public String describe() {
            return "a mapping";
        }
    }
}
