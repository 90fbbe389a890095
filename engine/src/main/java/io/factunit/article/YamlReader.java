package io.factunit.article;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses a small YAML document (story.yaml, Markdown front matter) into {@link YamlNode}s that remember
 * where each value stands, so every later complaint can name a line and column.
 * <p>
 * It walks Jackson's streaming YAML parser rather than binding to classes: binding errors read like Java
 * ("Cannot deserialize value of type `java.lang.String` from Array value") and lose the position of the
 * key. Being a streaming walk it never expands aliases, so alias bombs cannot explode; aliases are refused
 * outright because Jackson would hand them over as the anchor's name, silently the wrong value. Duplicate
 * keys are caught here too (with the first key's position, which Jackson's STRICT_DUPLICATE_DETECTION does
 * not give). Tabs used as indentation and other syntax errors come from snakeyaml with their mark.
 */
final class YamlReader {
    private static final int MAX_DEPTH = 20;

    private final Path file;
    private final int lineShift;
    private final YAMLFactory factory;

    /**
     * @param file      the file named in errors
     * @param lineShift added to every line (front matter starts below the opening {@code ---})
     * @param maxCodePoints largest document accepted
     */
    YamlReader(Path file, int lineShift, long maxCodePoints) {
        this.file = file;
        this.lineShift = lineShift;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxCodePoints));
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        // Duplicates are reported by mapping() below, with the first key's position.
        this.factory = YAMLFactory.builder().loaderOptions(options)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    /** The document's root value; an empty document (blank, or comments only) gives a {@link YamlNode.Null}. */
    YamlNode read(String yaml) {
        try (YAMLParser parser = factory.createParser(yaml)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new YamlNode.Null(1 + lineShift, 1);
            }
            YamlNode root = value(parser, token, 0);
            if (parser.nextToken() != null) {
                throw error(parser.currentTokenLocation(), "more than one YAML document; expected one");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new InputException(file, 0, 0, "cannot read YAML: " + e.getMessage(), e);
        }
    }

    private YamlNode value(YAMLParser parser, JsonToken token, int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        if (parser.isCurrentAlias()) {
            throw error(at, "YAML aliases (*" + parser.getText() + ") are not supported; write the value out");
        }
        if (depth > MAX_DEPTH) {
            throw error(at, "YAML nested deeper than " + MAX_DEPTH + " levels");
        }
        if (parser.getTypeId() != null) {
            // No tag would be honoured (the walk builds no objects); refusing them says so instead of ignoring.
            String tag = parser.getTypeId();
            String core = "tag:yaml.org,2002:";
            throw error(at, "YAML tags (" + (tag.startsWith(core) ? "!!" + tag.substring(core.length()) : "!" + tag)
                    + ") are not supported; write the value plainly");
        }
        int line = at.getLineNr() + lineShift;
        int column = at.getColumnNr();
        switch (token) {
            case START_OBJECT:
                return mapping(parser, line, column, depth);
            case START_ARRAY:
                List<YamlNode> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(value(parser, t, depth + 1));
                }
                return new YamlNode.Sequence(items, line, column);
            case VALUE_NULL:
                return new YamlNode.Null(line, column);
            default:
                return new YamlNode.Scalar(parser.getText(), line, column);
        }
    }

    private YamlNode mapping(YAMLParser parser, int line, int column, int depth) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            JsonLocation keyAt = parser.currentTokenLocation();
            String key = parser.currentName();
            YamlNode.Entry first = entries.get(key);
            if (first != null) {
                throw error(keyAt, "duplicate key '" + key + "' (first at " + first.line() + ":" + first.column() + ")");
            }
            YamlNode value = value(parser, parser.nextToken(), depth + 1);
            entries.put(key, new YamlNode.Entry(key, keyAt.getLineNr() + lineShift, keyAt.getColumnNr(), value));
        }
        return new YamlNode.Mapping(entries, line, column);
    }

    private InputException error(JsonLocation at, String reason) {
        return new InputException(file, at.getLineNr() + lineShift, at.getColumnNr(), reason);
    }

    private InputException syntaxError(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                Mark mark = marked.getProblemMark();
                String problem = marked.getProblem() == null ? "" : marked.getProblem().strip();
                if (problem.contains("(TAB)")) {
                    problem = "tab character used for indentation; YAML indents with spaces only";
                } else if (marked.getContext() != null) {
                    problem = problem + " (" + marked.getContext().strip() + ")";
                }
                return new InputException(file, mark.getLine() + 1 + lineShift, mark.getColumn() + 1,
                        "invalid YAML: " + problem, e);
            }
        }
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage().strip();
        int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr() + lineShift;
        int column = line == 0 ? 0 : Math.max(at.getColumnNr(), 0);
        return new InputException(file, line, column, "invalid YAML: " + message.lines().findFirst().orElse(""), e);
    }
}
