package io.factunit.mutate;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.check.FactChecker;
import io.factunit.rules.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run over a story: plants judged against the untouched story's own failures. */
class MutationTesterTest {
    private static final FactChecker CHECKER = FactChecker.builder(new RuleSetLoader()
            .load(List.of(Path.of("../rules/src/main/resources/factunit/rules")))).threads(1).build();

    @TempDir
    Path dir;

    /**
     * Two articles say 12 were killed and a third says 18: the untouched story already fails there, so no
     * plant goes there (whether a check "caught" it could not be told); the workers, stated alike, get one, which the open figures catch.
     */
    @Test
    void noPlantWhereTheUntouchedStoryAlreadyFails() throws IOException {
        Path story = Files.createDirectories(dir.resolve("tolls"));
        for (String[] article : List.of(new String[] {"001.txt", "12"}, new String[] {"002.txt", "12"},
                new String[] {"003.txt", "18"})) {
            Files.writeString(story.resolve(article[0]), "The fire killed " + article[1] + " people on Tuesday.\n"
                    + "The warehouse opened in 1998 and employed 40 workers.\n");
        }
        MutationReport report = new MutationTester(CHECKER,
                new MutationSettings(1, List.of(PlantKind.FIGURE), 5), 1).run(List.of(story), () -> { });
        assertThat(report.untouchedFailures()).extracting(Finding::where, Finding::check).containsExactly(
                org.assertj.core.groups.Tuple.tuple(story.resolve("003.txt") + ":1:17", "people-killed-agree"));
        assertThat(report.plants()).extracting(r -> r.plant().before(), r -> r.plant().articles(), PlantResult::caught)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("40", 3, true));
        assertThat(report.tallies()).containsExactly(new MutationReport.Tally(PlantKind.FIGURE, 1, 1));
    }

    /** A story of one article has nothing to compare: nothing is planted, nothing copied. */
    @Test
    void aStoryOfOneArticleGetsNoPlant() throws IOException {
        Path story = Files.createDirectories(dir.resolve("alone"));
        Files.writeString(story.resolve("001.txt"), "The fire killed 12 people on Tuesday.\n");
        MutationReport report = new MutationTester(CHECKER, new MutationSettings(1, List.of(PlantKind.values()), 5), 1)
                .run(List.of(story), () -> { });
        assertThat(report.plants()).isEmpty();
        assertThat(report.stories()).hasSize(1);
    }
}
