package io.factunit.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.article.StoryLoader;
import io.factunit.check.Baseline;
import io.factunit.check.CheckResult;
import io.factunit.check.RuleCompiler;
import io.factunit.check.Status;
import io.factunit.check.StoryChecker;
import io.factunit.language.Language;
import io.factunit.rules.BaselineLoader;
import io.factunit.rules.RuleSetLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reviewed discrepancy passes with its note, and fails again as soon as its values change. */
class BaselineTest {
    private static final String BASELINE = """
            accepted:
              - check: hostages-released-agree
                values:
                  - "000_3e65c4e6364ee2ab: at least 100"
                  - "001_da2c65fc36121cf0: at least 100"
                  - "002_36b8f96a3ff872cc: 105"
                reason: the 100 are Israelis; 105 counts foreign nationals too
                by: night desk
            """;

    private static CheckResult hostages(Path story) {
        return results(story, BASELINE, "hostages-released-agree").get(0);
    }

    private static List<CheckResult> results(Path story, String baseline, String check) {
        StoryChecker checker = new StoryChecker(
                RuleCompiler.compile(new RuleSetLoader().loadClasspathPacks(BaselineTest.class.getClassLoader()),
                        Language.english()), new Baseline(new BaselineLoader().parse("baseline.yaml", baseline)));
        return SeedStories.results(checker.check(new StoryLoader().load(story)), check);
    }

    /** The first result of a check that was not skipped and is one group of several (a non-empty key). */
    private static CheckResult first(Path story, String baseline, String check) {
        return results(story, baseline, check).stream()
                .filter(r -> r.status() != Status.SKIPPED && !r.key().isEmpty()).findFirst().orElseThrow();
    }

    /** An entry written like the README's, without {@code subject}, matches a grouped result on its values. */
    @Test
    void anEntryWithoutSubjectMatchesAGroupedResultByItsValues() {
        CheckResult failed = first(SeedStories.SEEDS, "accepted: []\n", "name-spelling");
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.key()).isNotEmpty();
        StringBuilder entry = new StringBuilder("accepted:\n  - check: name-spelling\n    values:\n");
        Baseline.values(failed).forEach(value -> entry.append("      - \"").append(value).append("\"\n"));
        entry.append("    reason: both spellings are in use\n    by: night desk\n");

        CheckResult accepted = first(SeedStories.SEEDS, entry.toString(), "name-spelling");
        assertThat(accepted.key()).isEqualTo(failed.key());
        assertThat(accepted.status()).isEqualTo(Status.PASSED);
        assertThat(accepted.summary()).isEqualTo(failed.summary()
                + " (accepted in baseline by night desk: both spellings are in use)");
    }

    @Test
    void acceptedDiscrepancyPassesWithTheReviewersNote() {
        CheckResult result = hostages(SeedStories.SEEDS);
        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.summary()).isEqualTo("at least 100 vs 105: consistent only under the open reading; review"
                + " (accepted in baseline by night desk: the 100 are Israelis; 105 counts foreign nationals too)");
    }

    @Test
    void changedValuesFailAgain(@TempDir Path dir) throws Exception {
        SeedStories.plant(dir, "002_36b8f96a3ff872cc.txt", "release of 105 hostages", "release of 110 hostages");
        CheckResult result = hostages(dir);
        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(Baseline.values(result)).containsExactly("000_3e65c4e6364ee2ab: at least 100",
                "001_da2c65fc36121cf0: at least 100", "002_36b8f96a3ff872cc: 110");
    }
}
