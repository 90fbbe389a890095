package io.factunit.article.yaml;

/**
 * Makes the exception a reader's callers expect (a story's {@code InputException}, a rule file's
 * {@code RuleException}) from a problem found in a YAML file. The reason is one finished sentence; line and
 * column are 1-based, or 0 when the problem is the whole file.
 */
@FunctionalInterface
public interface YamlErrors {
    RuntimeException at(int line, int column, String reason, Throwable cause);
}
