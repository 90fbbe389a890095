package io.factunit.cli;

import io.factunit.article.InputException;
import io.factunit.article.InputFiles;
import io.factunit.article.OneLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import io.factunit.rules.RuleException;
import picocli.CommandLine;

/**
 * Turns bad input into one line on stderr and exit code 2. A stack trace only with --debug: an editor
 * reading CI output needs the file, line and column, not the call chain.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean debug = parsed.hasMatchedOption("--debug")
                || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
        if (debug) {
            e.printStackTrace(cli.getErr());
        }
        if (e instanceof RuleException || e instanceof UsageException || e instanceof InputException) {
            cli.getErr().println("factunit: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        IOException io = e instanceof IOException direct ? direct
                : e instanceof UncheckedIOException wrapped ? wrapped.getCause() : null;
        if (io != null) {
            // a full disk, a folder made read-only meanwhile: the user's to fix, so no "internal error"
            String file = io instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " : "";
            cli.getErr().println(OneLine.of("factunit: " + file + InputFiles.reason(io)));
            return ExitCodes.BAD_INPUT;
        }
        cli.getErr().println("factunit: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
        return ExitCodes.BAD_INPUT;
    }
}
