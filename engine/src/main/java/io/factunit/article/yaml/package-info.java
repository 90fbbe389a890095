/**
 * The one located YAML reader, for every YAML file FactUnit reads: story.yaml and Markdown front matter
 * ({@code article}), rule files and baselines ({@code rules}). {@link io.factunit.article.yaml.YamlReader}
 * walks the token stream into {@link io.factunit.article.yaml.YamlNode}s with line and column, refusing
 * aliases, tags, duplicate keys, deep nesting and oversized documents;
 * {@link io.factunit.article.yaml.YamlMapping} reads a mapping's keys with unknown, missing and mistyped
 * keys located. Problems become the caller's own exception ({@link io.factunit.article.yaml.YamlErrors}),
 * worded for its authors ({@link io.factunit.article.yaml.YamlDialect}).
 * <p>
 * It sits in the first stage so that every later one may use it, and depends on no other FactUnit package.
 */
package io.factunit.article.yaml;
