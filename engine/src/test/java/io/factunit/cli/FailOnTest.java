package io.factunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --fail-on takes the levels the test engine's factunit.failOn takes: error, warning, info, never. */
class FailOnTest {
    @TempDir
    Path tmp;

    @Test
    void anInfoFindingFailsOnlyUnderFailOnInfo() throws IOException {
        Path rules = Files.writeString(tmp.resolve("rules.yaml"), """
                claims:
                  - id: prisoners-released
                    title: prisoners released
                    mention: quantity
                    head: [prisoner]
                    verb: [release]
                checks:
                  - id: prisoners-released-agree
                    title: prisoner counts should match
                    kind: agree
                    claim: prisoners-released
                    severity: info
                """);
        Path story = Files.createDirectories(tmp.resolve("story"));
        Files.writeString(story.resolve("001.txt"), "Israel released 240 Palestinian prisoners.\n");
        Files.writeString(story.resolve("002.txt"), "Israel released 250 Palestinian prisoners.\n");
        String[] check = {"check", story.toString(), "--rules", rules.toString(), "--threads", "1", "--fail-on"};

        assertThat(CliRun.of(append(check, "info")).exit()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(CliRun.of(append(check, "warning")).exit()).isEqualTo(ExitCodes.OK);
        CliRun wrong = CliRun.of(append(check, "notice"));
        assertThat(wrong.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(wrong.err()).contains("--fail-on must be error, warning, info or never, not 'notice'");
    }

    private static String[] append(String[] args, String last) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }
}
