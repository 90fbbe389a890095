package io.factunit.cli;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.article.InputFiles;
import io.factunit.article.OneLine;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.apiguardian.api.API;
import picocli.CommandLine;

/** Entry point of the {@code factunit} command. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 nothing failed, 1 a check failed, 2 bad input. */
    public static int run(String... args) {
        Startup.begin(args);
        CommandLine cli = commandLine(args);
        cli.setOut(utf8(FileDescriptor.out));
        cli.setErr(utf8(FileDescriptor.err));
        return cli.execute(args);
    }

    /**
     * Reports and messages are UTF-8 whatever the locale: under LANG=C (common in containers and CI) the JVM's
     * own streams would print every non-ASCII letter of a name or quote as '?'.
     */
    private static PrintWriter utf8(FileDescriptor stream) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(stream), StandardCharsets.UTF_8), true);
    }

    /** The command line for these arguments, with its error handling; tests set their own output streams on it. */
    static CommandLine commandLine(String... args) {
        CommandLine cli = FactUnitCommand.commandLine(args);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.registerConverter(Path.class, Main::path);
        cli.setParameterExceptionHandler((e, params) -> {
            if (e.getCause() instanceof UnusablePath path) {
                e.getCommandLine().getErr().println(OneLine.of("factunit: " + path.getMessage()));
                return ExitCodes.BAD_INPUT;
            }
            e.getCommandLine().getErr().println("factunit: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return ExitCodes.BAD_INPUT;
        });
        return cli;
    }

    /** A path argument; under a C or POSIX locale the JVM cannot even decode a non-ASCII one. */
    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UnusablePath("cannot use the path '" + value + "': it " + InputFiles.unusableName(value));
        }
    }

    /** A path argument this JVM cannot open: the message says why and what to do. */
    private static final class UnusablePath extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnusablePath(String message) {
            super(message);
        }
    }
}
