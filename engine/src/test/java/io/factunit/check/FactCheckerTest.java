package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factunit.BadInputs;
import io.factunit.article.InputException;
import io.factunit.article.LoadOptions;
import io.factunit.rules.AcceptedDiscrepancy;
import io.factunit.rules.BaselineLoader;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one entry point: what every front end gets from it, and its defaults. */
class FactCheckerTest {
    private static final RuleSet RULES = new RuleSetLoader().parse("rules.yaml", BadInputs.RULES);

    @TempDir
    Path tmp;
    Path disagree;
    Path agree;

    @BeforeEach
    void stories() throws IOException {
        disagree = Files.createDirectories(tmp.resolve("1-disagree"));
        BadInputs.text(disagree, "a.txt", BadInputs.GOOD);
        BadInputs.text(disagree, "b.txt", BadInputs.GOOD.replace("240", "250"));
        agree = Files.createDirectories(tmp.resolve("2-agree"));
        BadInputs.text(agree, "a.txt", BadInputs.GOOD);
        BadInputs.text(agree, "b.txt", BadInputs.GOOD);
    }

    @Test
    void checksAStoryFolder() {
        StoryReport report = FactChecker.builder(RULES).build().check(disagree);
        assertThat(report.results()).extracting(CheckResult::status).containsExactly(Status.FAILED);
        assertThat(report.claims()).hasSize(2);
    }

    @Test
    void checksFoldersInOrderOnAnyNumberOfThreads() {
        for (int threads : new int[] {1, 3}) {
            List<String> seen = new ArrayList<>();
            FactChecker.builder(RULES).threads(threads).build().checkAll(List.of(disagree, agree), StageTimer.NONE,
                    report -> seen.add(report.story().id() + ":" + report.results().get(0).status()));
            assertThat(seen).containsExactly("1-disagree:FAILED", "2-agree:PASSED");
        }
    }

    @Test
    void appliesTheBaselineAndTheLoadLimits() {
        List<AcceptedDiscrepancy> accepted = new BaselineLoader().parse("baseline.yaml", """
                accepted:
                  - check: prisoners-agree
                    values: ["a: 240", "b: 250"]
                    reason: reviewed
                    by: desk
                """);
        StoryReport report = FactChecker.builder(RULES).baseline(new Baseline(accepted)).build().check(disagree);
        assertThat(report.results()).extracting(CheckResult::status).containsExactly(Status.PASSED);

        FactChecker tight = FactChecker.builder(RULES).loadOptions(LoadOptions.DEFAULTS.withMaxArticleBytes(10)).build();
        assertThatThrownBy(() -> tight.check(disagree)).isInstanceOf(InputException.class)
                .hasMessageContaining("over the limit of 10 bytes");
    }

    @Test
    void runsTheRulesOwnExamples() {
        RuleSet withExample = new RuleSetLoader().parse("rules.yaml", BadInputs.RULES + """
                    examples:
                      - articles: ["Israel released 240 prisoners.", "Israel released 250 prisoners."]
                        expect: failed
                """);
        assertThat(FactChecker.builder(withExample).build().examples().runAll())
                .extracting(ExampleRunner.Outcome::ok).containsExactly(true);
    }

    @Test
    void needsRulesAndAtLeastOneThread() {
        assertThatThrownBy(() -> FactChecker.builder(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a checker needs rules");
        assertThatThrownBy(() -> FactChecker.builder(RULES).threads(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be at least 1, not 0");
    }
}
