package io.factunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's command line offers the checker's commands only: the factunit script sends `bench` to bench/. */
class CommandsTest {
    @Test
    void theBenchmarkIsNotACommandOfTheEngine() {
        assertThat(FactUnitCommand.commandLine().getSubcommands()).containsOnlyKeys("check", "claims", "mentions",
                "mutate", "rules");
        CliRun run = CliRun.of("bench");
        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("'bench'");
    }
}
