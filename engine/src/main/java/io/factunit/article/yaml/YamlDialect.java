package io.factunit.article.yaml;

/**
 * What differs between the kinds of YAML file FactUnit reads: how deep they may nest, and how their refusals
 * are worded for their authors (a newsroom editing story.yaml, or someone writing rules). Everything else,
 * the parsing, the limits that keep hostile files harmless and the rest of the messages, is shared.
 *
 * @param maxDepth            deepest nesting accepted; deeper is refused before the recursion gets there
 * @param aliasRefusal        ends "YAML aliases (*a) ..."
 * @param tagRefusal          ends "YAML tags (!!str) ..."
 * @param tabProblem          the whole reason given for a tab used as indentation
 * @param unknownKeyNamesWhat whether "unknown key 'k'" goes on to say which mapping it is in ("in a claim")
 */
public record YamlDialect(int maxDepth, String aliasRefusal, String tagRefusal, String tabProblem,
                          boolean unknownKeyNamesWhat) {
    public YamlDialect {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1");
        }
    }
}
