package io.factunit.cli;

import picocli.CommandLine;

/** Entry point of the {@code factunit} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 nothing failed, 1 a check failed, 2 bad input. */
    public static int run(String... args) {
        Startup.begin(args);
        return commandLine(args).execute(args);
    }

    /** The command line for these arguments, with its error handling; tests set their own output streams on it. */
    static CommandLine commandLine(String... args) {
        CommandLine cli = FactUnitCommand.commandLine(args);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler((e, params) -> {
            e.getCommandLine().getErr().println("factunit: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return ExitCodes.BAD_INPUT;
        });
        return cli;
    }
}
