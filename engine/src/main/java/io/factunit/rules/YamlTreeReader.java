package io.factunit.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML with Jackson's streaming parser into a {@link YamlNode} tree with locations. Limits keep
 * hostile files harmless: a size cap, an alias cap ("billion laughs"), a nesting cap; duplicate keys are
 * refused rather than silently overwritten.
 */
public final class YamlTreeReader {
    /** Largest rule file accepted; the default pack is a few kilobytes. */
    public static final int MAX_CHARS = 1_000_000;
    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 64;

    private final YAMLFactory factory;

    public YamlTreeReader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(MAX_CHARS);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        // Jackson's own duplicate check names neither key's position; node() below names both.
        factory = YAMLFactory.builder().loaderOptions(options)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /** Parses one YAML document; an empty document is an empty mapping. */
    public YamlNode read(String fileName, String content) {
        if (content.length() > MAX_CHARS) {
            throw new RuleException(new Location(fileName, 0, 0),
                    "file is " + content.length() + " characters; rule files are limited to " + MAX_CHARS);
        }
        if (content.indexOf('\0') >= 0) {
            throw new RuleException(new Location(fileName, 0, 0), "binary file, expected YAML text");
        }
        try (JsonParser parser = factory.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(Map.of(), Map.of(), new Location(fileName, 1, 1));
            }
            return node(parser, fileName, 0);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                // snakeyaml knows where the problem itself is; Jackson reports where the scan started
                Mark mark = marked.getProblemMark();
                throw new RuleException(new Location(fileName, mark.getLine() + 1, mark.getColumn() + 1),
                        yamlProblem(marked.getProblem()));
            }
            JsonLocation at = e.getLocation();
            throw new RuleException(at == null ? new Location(fileName, 0, 0)
                    : new Location(fileName, at.getLineNr(), at.getColumnNr()), yamlProblem(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new RuleException(new Location(fileName, 0, 0), "cannot read: " + e.getMessage());
        } catch (RuleException e) {
            throw e;
        } catch (RuntimeException e) {
            // snakeyaml's own limits (aliases, code points) surface as unchecked exceptions
            throw new RuleException(new Location(fileName, 0, 0), firstLine(e.getMessage()));
        }
    }

    private YamlNode node(JsonParser parser, String file, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        Location at = location(file, parser.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            throw new RuleException(at, "nested deeper than " + MAX_DEPTH + " levels");
        }
        if (parser instanceof YAMLParser yaml && yaml.getTypeId() != null) {
            // Tags such as !!javax.script.ScriptEngineManager are how YAML loaders get talked into running code;
            // nothing here would honour one, but refusing them keeps rule files plainly data.
            throw new RuleException(at, "YAML tags (" + tagName(yaml.getTypeId()) + ") are not allowed in rule files;"
                    + " a rule file is plain data");
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, Location> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyAt = location(file, parser.currentTokenLocation());
                    if (entries.containsKey(key)) {
                        Location first = keys.get(key);
                        throw new RuleException(keyAt, "duplicate key '" + key + "' (first at " + first.line() + ":"
                                + first.column() + ")");
                    }
                    parser.nextToken();
                    entries.put(key, node(parser, file, depth + 1));
                    keys.put(key, keyAt);
                }
                return new YamlNode.Mapping(entries, keys, at);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser, file, depth + 1));
                }
                return new YamlNode.Sequence(items, at);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, at);
            }
            default -> {
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    // Aliases buy rule files nothing and are the vector of "billion laughs" documents.
                    throw new RuleException(at, "YAML aliases (*" + parser.getText() + ") are not allowed in rule files");
                }
                return new YamlNode.Scalar(parser.getText(), at);
            }
        }
    }

    private static String tagName(String typeId) {
        String core = "tag:yaml.org,2002:";
        return typeId.startsWith(core) ? "!!" + typeId.substring(core.length()) : "!" + typeId;
    }

    private static Location location(String file, JsonLocation at) {
        return new Location(file, at.getLineNr(), at.getColumnNr());
    }

    private static String yamlProblem(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        if (message.contains("(TAB)") || message.contains("'\\t'")) {
            return "tab character used for indentation; YAML indents with spaces";
        }
        if (message.startsWith("Duplicate field ")) {
            return "duplicate key " + firstLine(message.substring("Duplicate field ".length()));
        }
        return firstLine(message);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid YAML";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline).strip();
    }
}
