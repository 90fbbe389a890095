package io.factunit.report;

import io.factunit.article.StoryLoader;
import io.factunit.check.Baseline;
import io.factunit.check.CheckResult;
import io.factunit.check.RuleCompiler;
import io.factunit.check.Status;
import io.factunit.check.StoryChecker;
import io.factunit.check.StoryReport;
import io.factunit.language.TestLanguage;
import io.factunit.mention.MentionFinders;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Small stories run through the real pipeline (analysis, claims, Drools checks), so the reports are tested
 * on results as the checker makes them, with values small enough to state exactly.
 */
final class ReportFixtures {
    /** Three checks: prisoners fail (250 against 240, 240), the killed pass, nobody states the injured. */
    static final String RULES = """
            claims:
              - id: prisoners-released
                title: prisoners released
                mention: quantity
                head: [prisoner]
                verb: [release]
              - id: people-killed
                title: people killed
                mention: quantity
                head: [people]
                verb: [kill]
              - id: people-injured
                title: people injured
                mention: quantity
                head: [people]
                verb: [injure]
            checks:
              - id: prisoners-agree
                title: prisoner counts must match
                kind: agree
                claim: prisoners-released
                severity: error
                tags: [counts]
              - id: killed-agree
                title: death tolls must match
                kind: agree
                claim: people-killed
                severity: warning
              - id: injured-agree
                title: injury counts must match
                kind: agree
                claim: people-injured
                severity: info
            """;

    static final String STORY_YAML = """
            title: Prisoner release
            articles:
              - file: a.txt
                source: Example Wire
              - file: b.txt
                source: Press & <Co>
            """;

    private ReportFixtures() {
    }

    /** The story "gaza" under {@code root}: a.txt and b.txt say 240 prisoners, c.txt says 250. */
    static StoryReport prisoners(Path root) {
        return check(root, "gaza", RULES, STORY_YAML, Map.of(
                "a.txt", "Israel released 240 Palestinian prisoners. The strike killed 12 people.",
                "b.txt", "Israel released 240 Palestinian prisoners. The strike killed 12 people.",
                "c.txt", "Israel released 250 Palestinian prisoners. The strike killed 12 people."));
    }

    /**
     * Like {@link #prisoners}, but c.txt and its source try to drive a terminal: an escape sequence that clears
     * the line, backspaces, a tab, a one-byte CSI (U+009B), a bell and a right-to-left override in the quoted
     * sentence, and a colour escape in the source story.yaml gives it.
     */
    static StoryReport hostilePrisoners(Path root) {
        return check(root, "gaza", RULES, """
                articles:
                  - file: c.txt
                    source: "Wire\\e[31m"
                """, Map.of(
                "a.txt", "Israel released 240 Palestinian prisoners.",
                "b.txt", "Israel released 240 Palestinian prisoners.",
                "c.txt", "Israel released 250 Palestinian prisoners on\tMonday, the \u202Eyrtsinim\u202C said"
                        + " \u001b[2K\b\b\u009b1m\u0007."));
    }

    /** Writes a story folder and a rule file under {@code root} and checks the story with those rules. */
    static StoryReport check(Path root, String storyName, String rules, String storyYaml, Map<String, String> articles) {
        try {
            Path story = Files.createDirectories(root.resolve(storyName));
            for (Map.Entry<String, String> article : new TreeMap<>(articles).entrySet()) {
                Files.writeString(story.resolve(article.getKey()), article.getValue(), StandardCharsets.UTF_8);
            }
            if (storyYaml != null) {
                Files.writeString(story.resolve("story.yaml"), storyYaml, StandardCharsets.UTF_8);
            }
            Path ruleFile = Files.writeString(root.resolve(storyName + "-rules.yaml"), rules, StandardCharsets.UTF_8);
            return checker(new RuleSetLoader().load(List.of(ruleFile))).check(new StoryLoader().load(story));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The five seed articles checked with the default news pack, as `factunit check seeds` does. */
    static StoryReport seeds() {
        RuleSet rules = new RuleSetLoader().load(List.of(Path.of("../rules/src/main/resources/factunit/rules")));
        return checker(rules).check(new StoryLoader().load(Path.of("../seeds")));
    }

    static CheckResult only(StoryReport report, Status status) {
        List<CheckResult> results = report.results().stream().filter(r -> r.status() == status).toList();
        if (results.size() != 1) {
            throw new AssertionError("expected one " + status + " result, found " + results);
        }
        return results.get(0);
    }

    private static StoryChecker checker(RuleSet rules) {
        return new StoryChecker(RuleCompiler.compile(rules, TestLanguage.ENGLISH), Baseline.NONE);
    }
}
