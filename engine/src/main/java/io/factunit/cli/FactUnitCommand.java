package io.factunit.cli;

import picocli.CommandLine.Command;

@Command(name = "factunit", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks news articles about one story for facts that contradict each other.",
        subcommands = {CheckCommand.class, ClaimsCommand.class, RulesCommand.class, BenchCommand.class})
final class FactUnitCommand {
}
