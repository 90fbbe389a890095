package io.factunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--rules` adds a desk's own rules to the default pack on the classpath; `--no-default-rules` leaves the pack out. */
class RulePackCliTest {
    static final String DESK = """
            claims:
              - id: seats-won
                title: council seats won
                mention: quantity
                head: [seat]
                verb: [win]
            checks:
              - id: seats-won-agree
                title: seat counts must match
                kind: agree
                claim: seats-won
                examples:
                  - articles: ["Labour won 25 seats.", "Labour won 27 seats."]
                    expect: failed
            """;

    @TempDir
    Path tmp;
    Path story;
    Path desk;

    private static PackRun run(String... args) {
        return PackRun.of(args);
    }

    @BeforeEach
    void storyAndRules() throws IOException {
        story = Files.createDirectories(tmp.resolve("vote"));
        Files.writeString(story.resolve("001.txt"), "Labour won 25 seats.\nThe storm killed 12 people.\n");
        Files.writeString(story.resolve("002.txt"), "Labour won 27 seats.\nThe storm killed 14 people.\n");
        desk = tmp.resolve("desk.yaml");
        Files.writeString(desk, DESK);
    }

    private static List<String> failures(PackRun run) {
        return Arrays.stream(run.out().split("\n")).filter(line -> line.startsWith("  FAILED")).toList();
    }

    @Test
    void theDesksRulesAddToThePack() {
        PackRun run = run("check", story.toString(), "--rules", desk.toString());
        assertThat(run.err()).isEmpty();
        assertThat(failures(run)).containsExactly(
                "  FAILED [error] people-killed-agree: 12 in 001 but 14 in 002",
                "  FAILED [error] seats-won-agree: 25 in 001 but 27 in 002");
        // the pack alone compares the seats as open figures; the desk's named claim speaks for them instead
        assertThat(failures(run("check", story.toString()))).as("the pack alone").containsExactly(
                "  FAILED [error] people-killed-agree: 12 in 001 but 14 in 002",
                "  FAILED [error] figures-agree: 25 in 001 but 27 in 002");
    }

    @Test
    void withoutTheDefaultRulesOnlyTheDesksRulesCheck() {
        PackRun run = run("check", story.toString(), "--rules", desk.toString(), "--no-default-rules");
        assertThat(failures(run)).containsExactly("  FAILED [error] seats-won-agree: 25 in 001 but 27 in 002");
        PackRun alone = run("check", story.toString(), "--no-default-rules");
        assertThat(alone.exit()).isEqualTo(2);
        assertThat(alone.err()).isEqualTo("factunit: --no-default-rules needs --rules PATH: nothing else to check with\n");
    }

    @Test
    void rulesTestRunsTheNamedFilesExamplesOnly() {
        PackRun run = run("rules", "test", desk.toString());
        assertThat(run.out()).isEqualTo("  ok    seats-won-agree / failed (" + desk + ":13:9): expected failed,"
                + " got failed\n          failed: 25 in example-1 but 27 in example-2\n1 passed, 0 failed\n");
    }

    @Test
    void anIdOfThePackIsRefusedNamingBothPlaces() throws IOException {
        Files.writeString(desk, DESK.replace("id: seats-won-agree", "id: people-killed-agree"));
        PackRun run = run("check", story.toString(), "--rules", desk.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("factunit: " + desk + ":8:5: duplicate id 'people-killed-agree': the rule pack"
                + " defines it at factunit/rules/news-counts.yaml:").endsWith("; rules add to the pack and cannot replace"
                + " its rules: give this one another id, or turn the pack off (--no-default-rules,"
                + " factunit.defaultRules=false) and copy what you need\n");
    }
}
