package io.factunit.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.check.CheckResult;
import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contradictions planted in copies of the seeds are each caught; an unchanged copy adds no failure. */
class PlantedContradictionsTest {
    private static final List<String> SEED_FAILURES = SeedStories.failures(SeedStories.check(SeedStories.SEEDS));

    @Test
    void unchangedCopyFailsExactlyAsTheSeedsDo(@TempDir Path dir) throws Exception {
        StoryReport copy = SeedStories.check(SeedStories.plant(dir, null, null, null));
        assertThat(SeedStories.failures(copy)).isEqualTo(SEED_FAILURES);
    }

    @Test
    void changedPrisonerCountIsCaught(@TempDir Path dir) throws Exception {
        StoryReport report = SeedStories.check(SeedStories.plant(dir, "001_da2c65fc36121cf0.txt",
                "Israel released 240 Palestinian prisoners", "Israel released 250 Palestinian prisoners"));
        assertThat(newFailures(report)).containsExactly(
                "prisoners-released-agree: 240 in 2 articles, but 250 in 001_da2c65fc36121cf0");
        CheckResult failure = failed(report, "prisoners-released-agree");
        assertThat(failure.expected()).isEqualTo("240");
        assertThat(failure.actual()).isEqualTo("250");
        assertThat(failure.outlier().position().line()).isEqualTo(8);
    }

    @Test
    void wrongWeekdayIsCaught(@TempDir Path dir) throws Exception {
        StoryReport report = SeedStories.check(SeedStories.plant(dir, "004_9d61dd4defbaf8ac.txt",
                "Thursday 1 February", "Friday 1 February"));
        assertThat(newFailures(report)).containsExactly("weekday-matches-date: \"Friday 1 February\" in"
                + " 004_9d61dd4defbaf8ac: 2024-02-01 is a Thursday, not a Friday");
    }

    @Test
    void stretchedDateRangeIsCaught(@TempDir Path dir) throws Exception {
        StoryReport report = SeedStories.check(SeedStories.plant(dir, "000_3e65c4e6364ee2ab.txt",
                "from November 24 to December 1", "from November 24 to December 11"));
        // the truce's length, and the truce's dates in the other article that states them
        assertThat(newFailures(report)).containsExactly("event-dates-agree: \"run\" (truce), span: XXXX-11-24 to"
                + " XXXX-12-01 in 001_da2c65fc36121cf0 but XXXX-11-24 to XXXX-12-11 in 000_3e65c4e6364ee2ab",
                "truce-length-matches-dates: one-week truce (7 days, "
                + "002_36b8f96a3ff872cc) vs November 24 to December 11 (17 days, 000_3e65c4e6364ee2ab)");
    }

    @Test
    void misspelledNameIsCaught(@TempDir Path dir) throws Exception {
        StoryReport report = SeedStories.check(SeedStories.plant(dir, "004_9d61dd4defbaf8ac.txt",
                "CIA chief William Burns", "CIA chief William Berns"));
        assertThat(newFailures(report)).containsExactly("name-spelling: \"William Burns\" (003_9a1633e24300d991) vs"
                + " \"William Berns\" (004_9d61dd4defbaf8ac)");
    }

    private static List<String> newFailures(StoryReport report) {
        List<String> failures = new ArrayList<>(SeedStories.failures(report));
        failures.removeAll(SEED_FAILURES);
        return failures;
    }

    private static CheckResult failed(StoryReport report, String check) {
        return SeedStories.results(report, check).stream().filter(r -> r.status() == Status.FAILED).findFirst()
                .orElseThrow();
    }
}
