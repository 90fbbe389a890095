package io.factunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's command line offers the checker's commands only: the factunit script sends `bench` to bench/. */
class CommandsTest {
    @Test
    void theBenchmarkIsNotACommandOfTheEngine() {
        assertThat(FactUnitCommand.commandLine().getSubcommands()).containsOnlyKeys("check", "claims", "mentions",
                "mutate", "rules", "schema");
        CliRun run = CliRun.of("bench");
        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("'bench'");
    }

    @Test
    void schemaPrintsTheSchemasShippedInTheJar() throws Exception {
        for (String kind : new String[] {"story", "rules"}) {
            CliRun run = CliRun.of("schema", kind);
            assertThat(run.exit()).isEqualTo(ExitCodes.OK);
            try (var in = CommandsTest.class.getResourceAsStream("/io/factunit/schema/factunit-" + kind + ".schema.json")) {
                assertThat(run.out()).isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        CliRun wrong = CliRun.of("schema", "baseline");
        assertThat(wrong.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(wrong.err()).isEqualTo("factunit: schema: expected story or rules, not 'baseline'\n");
    }
}
