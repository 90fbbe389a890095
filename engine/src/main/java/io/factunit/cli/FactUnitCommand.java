package io.factunit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "factunit", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks news articles about one story for facts that contradict each other.")
final class FactUnitCommand {
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("check", CheckCommand::new);
        SUBCOMMANDS.put("claims", ClaimsCommand::new);
        SUBCOMMANDS.put("mentions", MentionsCommand::new);
        SUBCOMMANDS.put("mutate", MutateCommand::new);
        SUBCOMMANDS.put("rules", RulesCommand::new);
        SUBCOMMANDS.put("schema", SchemaCommand::new);
    }

    /**
     * The command line for {@code args}. picocli reads every command's annotations when it is added (~50 ms
     * of a cold start per command tree), so a run that names its subcommand gets only that one; anything
     * else (help, a typo) gets them all.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new FactUnitCommand());
        Supplier<Object> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (named != null) {
            cli.addSubcommand(args[0], named.get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        return cli;
    }
}
