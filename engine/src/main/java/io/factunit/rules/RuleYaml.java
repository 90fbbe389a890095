package io.factunit.rules;

import io.factunit.article.yaml.Located;
import io.factunit.article.yaml.YamlDialect;
import io.factunit.article.yaml.YamlMapping;
import io.factunit.article.yaml.YamlNode;
import io.factunit.article.yaml.YamlReader;
import java.util.List;
import java.util.Map;

/**
 * The YAML of one rule or baseline file: the shared reader, with {@link RuleException}s, after the checks that
 * come before parsing (size, binary content).
 */
final class RuleYaml {
    /** Largest rule file accepted; the default pack is a few kilobytes. */
    static final int MAX_CHARS = 1_000_000;
    static final YamlDialect DIALECT = new YamlDialect(64, "are not allowed in rule files",
            "are not allowed in rule files; a rule file is plain data",
            "tab character used for indentation; YAML indents with spaces", true);

    private final String file;
    private final YamlReader reader;

    RuleYaml(String file) {
        this.file = file;
        this.reader = new YamlReader(DIALECT, (line, column, reason, cause) ->
                new RuleException(new Location(file, line, column), reason), 0, MAX_CHARS);
    }

    /** Parses the file's one document; an empty one is an empty mapping. */
    YamlNode read(String content) {
        if (content.length() > MAX_CHARS) {
            throw new RuleException(new Location(file, 0, 0),
                    "file is " + content.length() + " characters; rule files are limited to " + MAX_CHARS);
        }
        if (content.indexOf('\0') >= 0) {
            throw new RuleException(new Location(file, 0, 0), "binary file, expected YAML text");
        }
        YamlNode root = reader.read(content);
        return root instanceof YamlNode.Null empty ? new YamlNode.Mapping(Map.of(), empty.line(), empty.column())
                : root;
    }

    YamlMapping mapping(YamlNode node, String what, List<String> allowedKeys) {
        return reader.mapping(node, what, allowedKeys);
    }

    Location at(Located where) {
        return new Location(file, where.line(), where.column());
    }
}
