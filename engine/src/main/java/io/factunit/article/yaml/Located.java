package io.factunit.article.yaml;

/** Something in a YAML file that a message can point at: 1-based line and column, 0 when unknown. */
public interface Located {
    int line();

    int column();
}
