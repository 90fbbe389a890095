package io.factunit.check;

import io.factunit.article.Article;
import io.factunit.article.LineMap;
import io.factunit.article.Story;
import io.factunit.language.Language;
import io.factunit.rules.CheckDefinition;
import io.factunit.rules.RuleExample;
import io.factunit.rules.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@code examples:} of every check as self-tests: each example's snippets become a small story,
 * the whole rule set checks it, and the check's own results must come out as the example expects
 * (failed: at least one failure; passed: at least one pass and no failure; skipped: nothing but skips).
 */
public final class ExampleRunner {
    private final RuleSet rules;
    private final StoryChecker checker;

    public ExampleRunner(RuleSet rules, Language language) {
        this(rules, new StoryChecker(RuleCompiler.compile(rules, language), Baseline.NONE));
    }

    /** Through a checker of {@code rules} made elsewhere ({@link FactChecker#examples()}). */
    ExampleRunner(RuleSet rules, StoryChecker checker) {
        this.rules = rules;
        this.checker = checker;
    }

    /** One example's outcome. */
    public record Outcome(CheckDefinition check, RuleExample example, String actual, List<CheckResult> results) {
        public boolean ok() {
            return example.expect().equals(actual);
        }

        public String describe() {
            return check.id() + " / " + example.name() + " (" + example.location() + "): expected " + example.expect()
                    + ", got " + actual + (results.isEmpty() ? "" : "\n  " + String.join("\n  ",
                    results.stream().map(r -> r.status().jsonName() + ": " + r.summary()).toList()));
        }
    }

    public List<Outcome> runAll() {
        List<Outcome> outcomes = new ArrayList<>();
        for (CheckDefinition check : rules.checks()) {
            for (RuleExample example : check.examples()) {
                outcomes.add(run(check, example));
            }
        }
        return outcomes;
    }

    public Outcome run(CheckDefinition check, RuleExample example) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < example.articles().size(); i++) {
            RuleExample.Text text = example.articles().get(i);
            String id = "example-" + (i + 1);
            LineMap lines = new LineMap(text.text());
            articles.add(new Article(id, Path.of(example.location().file() + "#" + check.id() + "/" + id), text.text(),
                    null, null, null, text.published(),
                    text.published() == null ? Article.DateOrigin.UNKNOWN : Article.DateOrigin.METADATA,
                    List.of(), lines::position));
        }
        StoryReport report = checker.check(new Story(check.id(), Path.of(example.location().file()), null, articles));
        List<CheckResult> results = report.results().stream().filter(r -> r.check().id().equals(check.id())).toList();
        String actual = results.stream().anyMatch(r -> r.status() == Status.FAILED) ? "failed"
                : results.stream().anyMatch(r -> r.status() == Status.PASSED) ? "passed" : "skipped";
        return new Outcome(check, example, actual, results);
    }
}
