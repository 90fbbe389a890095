package io.factunit.article.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one small YAML document (story.yaml, Markdown front matter, a rule file, a baseline) into
 * {@link YamlNode}s that remember where each value stands, and its mappings through {@link YamlMapping}, so
 * that every complaint names a line and column. Every problem becomes the caller's exception through
 * {@link YamlErrors}.
 * <p>
 * It walks Jackson's streaming YAML parser rather than binding to classes: binding errors read like Java
 * ("Cannot deserialize value of type `java.lang.String` from Array value") and lose the position of the key.
 * Limits keep hostile files harmless:
 * <ul>
 *   <li>Being a streaming walk it never expands aliases, so alias bombs ("billion laughs") cannot explode;
 *       aliases are refused outright because Jackson would hand them over as the anchor's name, silently the
 *       wrong value.</li>
 *   <li>Tags (such as {@code !!javax.script.ScriptEngineManager}, how YAML loaders get talked into running
 *       code) are refused, on values and on keys alike: nothing here would honour one, and refusing says so
 *       instead of ignoring it.</li>
 *   <li>A code point limit, and a nesting limit checked before the recursion goes deeper.</li>
 *   <li>Duplicate keys are refused with the first key's position (which Jackson's
 *       STRICT_DUPLICATE_DETECTION does not give), and a second document is refused rather than dropped.</li>
 * </ul>
 * Tabs used as indentation and other syntax errors come from snakeyaml with its mark.
 */
public final class YamlReader {
    private static final String CORE_TAGS = "tag:yaml.org,2002:";

    private final YamlDialect dialect;
    private final YamlErrors errors;
    private final int lineShift;
    private final TagTellingParser.Factory factory;

    /**
     * @param dialect       the nesting limit and the wording of refusals
     * @param errors        makes the exception thrown for each problem
     * @param lineShift     added to every line (front matter starts below the opening {@code ---})
     * @param maxCodePoints largest document accepted
     */
    public YamlReader(YamlDialect dialect, YamlErrors errors, int lineShift, long maxCodePoints) {
        this.dialect = dialect;
        this.errors = errors;
        this.lineShift = lineShift;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxCodePoints));
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(dialect.maxDepth());
        // Duplicates are reported by mapping() below, with the first key's position.
        this.factory = new TagTellingParser.Factory(YAMLFactory.builder().loaderOptions(options)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    }

    /** The document's root value; an empty document (blank, or comments only) gives a {@link YamlNode.Null}. */
    public YamlNode read(String yaml) {
        try (TagTellingParser parser = (TagTellingParser) factory.createParser(yaml)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new YamlNode.Null(1 + lineShift, 1);
            }
            YamlNode root = value(parser, token, 0);
            if (parser.nextToken() != null) {
                throw refusal(parser.currentTokenLocation(), "more than one YAML document; expected one");
            }
            return root;
        } catch (Refusal refusal) {
            throw errors.at(refusal.line, refusal.column, refusal.getMessage(), null);
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw errors.at(0, 0, "cannot read YAML: " + e.getMessage(), e);
        } catch (YAMLException e) {
            // in case a snakeyaml limit ever surfaces without Jackson's wrapper
            throw errors.at(0, 0, "invalid YAML: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Reads {@code node} as a mapping whose keys are all in {@code allowed} (listed in messages in this order);
     * {@code what} names it in messages ("story.yaml", "a claim").
     */
    public YamlMapping mapping(YamlNode node, String what, List<String> allowed) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            throw error(node, what + " must be a mapping with keys: " + String.join(", ", allowed) + "; found "
                    + node.kind());
        }
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                throw error(entry, "unknown key '" + entry.key() + "'" + (dialect.unknownKeyNamesWhat() ? " in " + what
                        : "") + " (expected one of: " + String.join(", ", allowed) + ")");
            }
        }
        return new YamlMapping(this, mapping);
    }

    /** The caller's exception for a problem at {@code at}. */
    public RuntimeException error(Located at, String reason) {
        return errors.at(at.line(), at.column(), reason, null);
    }

    private YamlNode value(TagTellingParser parser, JsonToken token, int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        if (parser.isCurrentAlias()) {
            throw refusal(at, "YAML aliases (*" + parser.getText() + ") " + dialect.aliasRefusal());
        }
        if (depth > dialect.maxDepth()) {
            throw refusal(at, "YAML nested deeper than " + dialect.maxDepth() + " levels");
        }
        refuseTag(parser, at);
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

    private YamlNode mapping(TagTellingParser parser, int line, int column, int depth) throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            JsonLocation keyAt = parser.currentTokenLocation();
            refuseTag(parser, keyAt); // a key is a node too: "!!python/object key: v" must not slip through
            String key = parser.currentName();
            YamlNode.Entry first = entries.get(key);
            if (first != null) {
                throw refusal(keyAt, "duplicate key '" + key + "' (first at " + first.line() + ":" + first.column()
                        + ")");
            }
            YamlNode value = value(parser, parser.nextToken(), depth + 1);
            entries.put(key, new YamlNode.Entry(key, keyAt.getLineNr() + lineShift, keyAt.getColumnNr(), value));
        }
        return new YamlNode.Mapping(entries, line, column);
    }

    /** Refuses the tag of the current token (a value, or a mapping's key), if it has one. */
    private void refuseTag(TagTellingParser parser, JsonLocation at) {
        String tag = parser.nodeTag();
        if (tag != null) {
            throw refusal(at, "YAML tags (" + (tag.startsWith(CORE_TAGS) ? "!!" + tag.substring(CORE_TAGS.length())
                    : tag) + ") " + dialect.tagRefusal());
        }
    }

    private Refusal refusal(JsonLocation at, String reason) {
        return new Refusal(at.getLineNr() + lineShift, at.getColumnNr(), reason);
    }

    private RuntimeException syntaxError(JsonProcessingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                // snakeyaml knows where the problem itself is; Jackson reports where the scan started
                Mark mark = marked.getProblemMark();
                String problem = marked.getProblem() == null ? "" : marked.getProblem().strip();
                String reason;
                if (problem.contains("(TAB)") || problem.contains("'\\t'")) {
                    reason = dialect.tabProblem();
                } else {
                    reason = "invalid YAML: " + problem + (marked.getContext() == null ? ""
                            : " (" + marked.getContext().strip() + ")");
                }
                return errors.at(mark.getLine() + 1 + lineShift, mark.getColumn() + 1, reason, e);
            }
        }
        JsonLocation at = e.getLocation();
        int line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr() + lineShift;
        int column = line == 0 ? 0 : Math.max(at.getColumnNr(), 0);
        return errors.at(line, column, "invalid YAML: " + firstLine(e.getOriginalMessage()), e);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
    }

    /** A problem found during the walk, turned into the caller's exception once, at the top. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        Refusal(int line, int column, String reason) {
            super(reason, null, false, false);
            this.line = line;
            this.column = column;
        }
    }
}
