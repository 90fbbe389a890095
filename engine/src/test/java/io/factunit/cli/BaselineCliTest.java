package io.factunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.rules.BaselineLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --update-baseline, stale entries and --fail-on-stale, and --draft. */
class BaselineCliTest {
    private static final String RULES = """
            claims:
              - id: prisoners-released
                title: prisoners released
                mention: quantity
                head: [prisoner]
                verb: [release]
              - id: hostages-released
                title: hostages released
                mention: quantity
                head: [hostage]
                verb: [release]
            checks:
              - id: prisoners-released-agree
                title: prisoner counts must match
                kind: agree
                claim: prisoners-released
              - id: hostages-released-agree
                title: hostage counts must match
                kind: agree
                claim: hostages-released
            """;

    @TempDir
    Path tmp;
    Path rules;
    Path story;
    Path baseline;

    @BeforeEach
    void newsroom() throws IOException {
        rules = Files.writeString(tmp.resolve("rules.yaml"), RULES);
        story = Files.createDirectories(tmp.resolve("truce"));
        Files.writeString(story.resolve("001.txt"), "Israel released 240 Palestinian prisoners.\n");
        Files.writeString(story.resolve("002.txt"), "Israel released 250 Palestinian prisoners.\n");
        baseline = tmp.resolve("baseline.yaml");
    }

    /** Recorded: the failure, with a placeholder reason; the run then passes with it. */
    @Test
    void updateRecordsTheFailuresAndTheBaselineThenAcceptsThem() throws IOException {
        CliRun update = check("--update-baseline", baseline.toString());
        assertThat(update.exit()).isEqualTo(ExitCodes.OK);
        assertThat(update.err()).contains("factunit: wrote 1 baseline entries to " + baseline
                + " (1 new, reason 'TODO: review' until reviewed; 0 stale removed)");
        assertThat(Files.readString(baseline)).endsWith("""
                accepted:
                  - check: "prisoners-released-agree"
                    story: "truce"
                    values:
                      - "001: 240"
                      - "002: 250"
                    reason: "TODO: review"
                    by: "TODO: review"
                """);
        assertThat(check("--baseline", baseline.toString()).exit()).isEqualTo(ExitCodes.OK);
    }

    /** An entry that still matches keeps its reason; a stale one is dropped, and said so. */
    @Test
    void updateKeepsReasonsAndDropsStaleEntries() throws IOException {
        Files.writeString(baseline, """
                accepted:
                  - check: prisoners-released-agree
                    values: ["001: 240", "002: 250"]
                    reason: 250 counts a second release
                    by: night desk
                  - check: hostages-released-agree
                    values: ["001: 5", "002: 6"]
                    reason: gone
                    by: night desk
                """);
        CliRun update = check("--update-baseline", baseline.toString());
        assertThat(update.exit()).isEqualTo(ExitCodes.OK);
        assertThat(update.err()).contains("factunit: warning: " + baseline + ":6:5: stale baseline entry:"
                + " hostages-released-agree with 001: 5, 002: 6 matches no failure; remove it (or run --update-baseline)"
                + " (removed)", "(0 new, reason 'TODO: review' until reviewed; 1 stale removed)");
        assertThat(new BaselineLoader().load(baseline)).singleElement().satisfies(entry -> {
            assertThat(entry.reason()).isEqualTo("250 counts a second release");
            assertThat(entry.by()).isEqualTo("night desk");
            assertThat(entry.story()).isNull();
        });
    }

    /** A stale entry warns on stderr and in the report; --fail-on-stale makes it exit 1. */
    @Test
    void staleEntriesWarnAndFailOnlyWhenAsked() throws IOException {
        Files.writeString(baseline, """
                accepted:
                  - check: prisoners-released-agree
                    values: ["001: 240", "002: 250"]
                    reason: checked
                    by: desk
                  - check: prisoners-released-agree
                    values: ["001: 240", "002: 260"]
                    reason: an older count
                    by: desk
                """);
        CliRun warned = check("--baseline", baseline.toString());
        assertThat(warned.exit()).isEqualTo(ExitCodes.OK);
        String warning = baseline + ":6:5: stale baseline entry: prisoners-released-agree with 001: 240, 002: 260"
                + " matches no failure; remove it (or run --update-baseline)";
        assertThat(warned.err()).contains("factunit: warning: " + warning);
        assertThat(warned.out()).contains("WARNING " + warning);
        assertThat(check("--baseline", baseline.toString(), "--format", "github").out())
                .contains("::warning file=" + baseline + ",line=6,col=5,title=stale baseline entry::");
        assertThat(check("--baseline", baseline.toString(), "--fail-on-stale").exit()).isEqualTo(ExitCodes.CHECK_FAILED);
    }

    @Test
    void theBaselineIsNeverWrittenIntoAStoryNorGivenTwice() throws IOException {
        CliRun inside = check("--update-baseline", story.resolve("baseline.yaml").toString());
        assertThat(inside.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(inside.err()).contains("--update-baseline " + story.resolve("baseline.yaml") + ": is inside the story"
                + " folder " + story + "; write baselines elsewhere");
        CliRun twice = check("--update-baseline", baseline.toString(), "--baseline", baseline.toString());
        assertThat(twice.err()).contains("--update-baseline reads the file it updates; leave --baseline out");
        CliRun sameAsReport = check("--update-baseline", baseline.toString(), "--output", baseline.toString());
        assertThat(sameAsReport.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(sameAsReport.err()).contains("--update-baseline and --output name the same file " + baseline);
        assertThat(Files.exists(baseline)).isFalse();
    }

    /** The draft fails where it disagrees, naming the outlet; the published articles' own dispute does not fail. */
    @Test
    void aDraftFailsOnlyWhereItDisagrees() throws IOException {
        Files.writeString(story.resolve("002.txt"), "Israel released 240 Palestinian prisoners.\n"
                + "Hamas released 50 hostages.\n");
        Files.writeString(story.resolve("003.txt"), "Hamas released 60 hostages.\n");
        Files.writeString(story.resolve("story.yaml"), "articles:\n  - file: 001.txt\n    source: Courier\n");
        Path draft = Files.writeString(tmp.resolve("draft.md"), "Israel released 250 Palestinian prisoners.\n");
        CliRun run = check("--draft", draft.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.out()).contains("FAILED [error] prisoners-released-agree: the draft (250) disagrees with"
                + " Courier (240), 002 (240): 240 in 2 articles, but 250 in draft",
                "passed  hostages-released-agree: 50 in 002 but 60 in 003 (published articles only: the draft does not state this)");
        Files.writeString(draft, "Israel released 240 Palestinian prisoners.\n");
        assertThat(check("--draft", draft.toString()).exit()).isEqualTo(ExitCodes.OK);
        CliRun two = CliRun.of("check", story.toString(), story.toString(), "--rules", rules.toString(), "--draft",
                draft.toString());
        assertThat(two.err()).contains("--draft is checked with one story; 2 story folders given");
    }

    private CliRun check(String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "check";
        args[1] = story.toString();
        args[2] = "--rules";
        args[3] = rules.toString();
        args[4] = "--threads=1";
        System.arraycopy(options, 0, args, 5, options.length);
        return CliRun.of(args);
    }
}
