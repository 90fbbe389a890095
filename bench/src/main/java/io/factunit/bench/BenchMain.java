package io.factunit.bench;

import io.factunit.article.InputException;
import io.factunit.article.InputFiles;
import io.factunit.article.OneLine;
import io.factunit.cli.UsageException;
import io.factunit.rules.RuleException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import picocli.CommandLine;

/**
 * Entry point of {@code factunit bench}: the {@code factunit} script hands it every argument after
 * {@code bench}. It lives in its own module so that the engine jar users add carries no benchmark; its
 * messages and exit codes are those of the {@code factunit} command.
 */
public final class BenchMain {
    static final int OK = 0;
    static final int BAD_INPUT = 2;

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs {@code factunit bench args} and returns its exit code. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(utf8(FileDescriptor.out));
        cli.setErr(utf8(FileDescriptor.err));
        cli.setExecutionExceptionHandler(BenchMain::failed);
        cli.setParameterExceptionHandler((e, params) -> {
            e.getCommandLine().getErr().println("factunit: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    /** Bad input and I/O trouble are one line and exit 2, as in the CLI's ErrorHandler; anything else is internal. */
    private static int failed(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean debug = parsed.hasMatchedOption("--debug")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
        if (debug) {
            e.printStackTrace(cli.getErr());
        }
        IOException io = e instanceof IOException direct ? direct
                : e instanceof UncheckedIOException wrapped ? wrapped.getCause() : null;
        if (e instanceof UsageException || e instanceof RuleException || e instanceof InputException) {
            cli.getErr().println("factunit: " + e.getMessage());
        } else if (io != null) {
            String file = io instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " : "";
            cli.getErr().println(OneLine.of("factunit: " + file + InputFiles.reason(io)));
        } else {
            cli.getErr().println("factunit: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
        }
        return BAD_INPUT;
    }

    /** UTF-8 whatever the locale, as the CLI prints (LANG=C is common in containers). */
    private static PrintWriter utf8(FileDescriptor stream) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(stream), StandardCharsets.UTF_8), true);
    }
}
