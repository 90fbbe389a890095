package io.factunit.article.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared reader on its own, with a dialect and an exception of the test's making; the wording each kind
 * of file gets is pinned by the story and rule loaders' tests (BadInputTest, RuleSetLoaderTest, BadInputs).
 */
class YamlReaderTest {
    static final YamlDialect DIALECT = new YamlDialect(3, "are refused", "are refused too", "no tabs", true);

    /** What the callers' exceptions look like: FILE:LINE:COLUMN: reason, the position left out when 0. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Problem(int line, int column, String reason) {
            super((line > 0 ? "f.yaml:" + line + ":" + column : "f.yaml") + ": " + reason);
        }
    }

    private static YamlReader reader(int lineShift) {
        return new YamlReader(DIALECT, (line, column, reason, cause) -> new Problem(line, column, reason), lineShift,
                1000);
    }

    private static YamlNode read(String yaml) {
        return reader(0).read(yaml);
    }

    private static YamlMapping mapping(String yaml, String... keys) {
        YamlReader reader = reader(0);
        return reader.mapping(reader.read(yaml), "a thing", List.of(keys));
    }

    @Test
    void everyNodeKnowsWhereItStands() {
        YamlNode.Mapping root = (YamlNode.Mapping) read("# comment\ntitle: Truce\nlist:\n  - a\n  - ~\n");
        assertThat(root.line()).isEqualTo(2);
        YamlNode.Entry title = root.entries().get("title");
        assertThat(title).isEqualTo(new YamlNode.Entry("title", 2, 1, new YamlNode.Scalar("Truce", 2, 8)));
        YamlNode.Sequence list = (YamlNode.Sequence) root.entries().get("list").value();
        assertThat(list.items()).containsExactly(new YamlNode.Scalar("a", 4, 5), new YamlNode.Null(5, 5));
        assertThat(List.of(title.value(), list.items().get(1), list, root)).extracting(YamlNode::kind)
                .containsExactly("text", "nothing", "a list", "a mapping");
    }

    @Test
    void scalarsStayAsWritten() {
        YamlNode.Mapping root = (YamlNode.Mapping) read("a: yes\nb: 010\nc: 2024-02-01\n");
        assertThat(root.entries().values()).extracting(e -> ((YamlNode.Scalar) e.value()).text())
                .containsExactly("yes", "010", "2024-02-01");
    }

    @Test
    void anEmptyDocumentIsNothingAtItsFirstLine() {
        assertThat(read("")).isEqualTo(new YamlNode.Null(1, 1));
        assertThat(read("# only a comment\n")).isEqualTo(new YamlNode.Null(1, 1));
        assertThat(reader(1).read("")).isEqualTo(new YamlNode.Null(2, 1));
    }

    @Test
    void theLineShiftMovesEveryPositionAndEveryError() {
        YamlNode.Mapping root = (YamlNode.Mapping) reader(1).read("title: Truce\n");
        assertThat(root.entries().get("title").line()).isEqualTo(2);
        assertThatThrownBy(() -> reader(1).read("a: 1\na: 2\n")).hasMessage("f.yaml:3:1: duplicate key 'a' (first at 2:1)");
        assertThatThrownBy(() -> reader(1).read("a: 'open\n"))
                .hasMessage("f.yaml:3:1: invalid YAML: found unexpected end of stream (while scanning a quoted scalar)");
    }

    @Test
    void refusalsAreWordedByTheDialect() {
        assertThatThrownBy(() -> read("a: &x 1\nb: *x\n")).hasMessage("f.yaml:2:4: YAML aliases (*x) are refused");
        assertThatThrownBy(() -> read("a: !!str 1\n")).hasMessage("f.yaml:1:4: YAML tags (!!str) are refused too");
        assertThatThrownBy(() -> read("a: !local 1\n")).hasMessage("f.yaml:1:4: YAML tags (!local) are refused too");
        assertThatThrownBy(() -> read("a:\n\t- b\n")).hasMessage("f.yaml:2:1: no tabs");
    }

    @Test
    void tagsOnKeysAreRefusedLikeTagsOnValues() {
        assertThatThrownBy(() -> read("!!python/object key: value\n"))
                .hasMessage("f.yaml:1:1: YAML tags (!!python/object) are refused too");
        assertThatThrownBy(() -> read("a: 1\n!foo b: 2\n")).hasMessage("f.yaml:2:1: YAML tags (!foo) are refused too");
        assertThatThrownBy(() -> read("? !foo bar\n: 1\n")).hasMessage("f.yaml:1:3: YAML tags (!foo) are refused too");
        assertThatThrownBy(() -> read("{!!str a: 1}\n")).hasMessage("f.yaml:1:2: YAML tags (!!str) are refused too");
        assertThatThrownBy(() -> read("a:\n  !!binary b: 1\n"))
                .hasMessage("f.yaml:2:3: YAML tags (!!binary) are refused too");
    }

    @Test
    void tagsOnMappingsAndListsAreRefused() {
        assertThatThrownBy(() -> read("a: !!map {b: 1}\n")).hasMessage("f.yaml:1:4: YAML tags (!!map) are refused too");
        assertThatThrownBy(() -> read("!!set\n? a\n")).hasMessage("f.yaml:1:1: YAML tags (!!set) are refused too");
        assertThatThrownBy(() -> read("a: !x [1]\n")).hasMessage("f.yaml:1:4: YAML tags (!x) are refused too");
    }

    @Test
    void nestingIsBoundedByTheDialect() {
        assertThat(read("a: {b: {c: 1}}\n")).isInstanceOf(YamlNode.Mapping.class);
        assertThatThrownBy(() -> read("a: {b: {c: [1]}}\n")).hasMessage("f.yaml:1:13: YAML nested deeper than 3 levels");
    }

    @Test
    void oneDocumentOnly() {
        assertThatThrownBy(() -> read("a: 1\n---\nb: 2\n")).hasMessage("f.yaml:3:1: more than one YAML document;"
                + " expected one");
    }

    @Test
    void documentsOverTheCodePointLimitAreRefused() {
        assertThatThrownBy(() -> read("a: " + "x".repeat(2000) + "\n")).hasMessageStartingWith("f.yaml:1:")
                .hasMessageEndingWith(": invalid YAML: The incoming YAML document exceeds the limit: 1000 code points.");
    }

    @Test
    void aMappingHasOnlyTheAllowedKeys() {
        assertThatThrownBy(() -> mapping("a: 1\nc: 2\n", "a", "b"))
                .hasMessage("f.yaml:2:1: unknown key 'c' in a thing (expected one of: a, b)");
        YamlReader quiet = new YamlReader(new YamlDialect(3, "", "", "", false),
                (line, column, reason, cause) -> new Problem(line, column, reason), 0, 1000);
        assertThatThrownBy(() -> quiet.mapping(quiet.read("c: 2\n"), "a thing", List.of("a", "b")))
                .hasMessage("f.yaml:1:1: unknown key 'c' (expected one of: a, b)");
        assertThatThrownBy(() -> mapping("- a\n", "a", "b"))
                .hasMessage("f.yaml:1:1: a thing must be a mapping with keys: a, b; found a list");
    }

    @Test
    void aNullValueIsAbsent() {
        YamlMapping m = mapping("a: ~\nb: null\nc: x\n", "a", "b", "c", "d");
        assertThat(m.has("a")).isFalse();
        assertThat(m.entry("b")).isNull();
        assertThat(m.value("c")).isEqualTo(new YamlNode.Scalar("x", 3, 4));
        assertThat(m.text("a", "fallback")).isEqualTo("fallback");
        assertThat(m.strippedText("b")).isNull();
        assertThat(m.list("a")).isEmpty();
        assertThat(m.words("b")).isEmpty();
        assertThatThrownBy(() -> m.text("a")).hasMessage("f.yaml:1:4: 'a' is empty");
        assertThatThrownBy(() -> m.text("d")).hasMessage("f.yaml:1:1: missing required key 'd'");
    }

    @Test
    void aKeyWithNothingAfterItIsEmptyText() {
        YamlMapping m = mapping("a:\nb: x\n", "a", "b");
        assertThat(m.has("a")).isTrue();
        assertThat(m.text("a")).isEmpty();
        assertThatThrownBy(() -> m.strippedText("a")).hasMessage("f.yaml:1:3: 'a' is empty");
    }

    @Test
    void valuesOfTheWrongTypeAreLocated() {
        YamlMapping m = mapping("t: [x]\nl: x\nw: [a, [b]]\nn: -1\nb: yes\ne: '  '\n", "t", "l", "w", "n", "b", "e");
        assertThatThrownBy(() -> m.text("t")).hasMessage("f.yaml:1:4: 't' must be text, found a list");
        assertThatThrownBy(() -> m.list("l")).hasMessage("f.yaml:2:4: 'l' must be a list, found text");
        assertThatThrownBy(() -> m.words("w")).hasMessage("f.yaml:3:8: 'w' must be text, found a list");
        assertThatThrownBy(() -> m.number("n", 0)).hasMessage("f.yaml:4:4: 'n' must be a non-negative number, found '-1'");
        assertThatThrownBy(() -> m.bool("b", false)).hasMessage("f.yaml:5:4: 'b' must be true or false, found 'yes'");
        assertThatThrownBy(() -> m.strippedText("e")).hasMessage("f.yaml:6:4: 'e' is empty");
        assertThat(m.text("e")).isEqualTo("  ");
    }

    @Test
    void typedValues() {
        YamlMapping m = mapping("w: [Release, FREE]\nt: one\np: 5%\nd: 3\nb: true\ns: '  Wire '\n",
                "w", "t", "p", "d", "b", "s");
        assertThat(m.words("w")).containsExactly("release", "free");
        assertThat(m.texts("t")).containsExactly("one");
        assertThat(m.number("p", 0)).isEqualTo(0.05);
        assertThat(m.number("d", 0)).isEqualTo(3);
        assertThat(m.number("x", 7)).isEqualTo(7);
        assertThat(m.bool("b", false)).isTrue();
        assertThat(m.strippedText("s")).isEqualTo("Wire");
    }
}
