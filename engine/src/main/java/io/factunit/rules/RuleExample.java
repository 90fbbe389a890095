package io.factunit.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * A self-test of a check: tiny articles and the outcome the check must give on them.
 *
 * @param name     what it shows
 * @param articles the articles' texts, each with an optional publication date
 * @param expect   "passed", "failed" or "skipped"
 */
public record RuleExample(String name, List<Text> articles, String expect, Location location) {
    public record Text(String text, LocalDate published) {
    }
}
