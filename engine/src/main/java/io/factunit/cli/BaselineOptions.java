package io.factunit.cli;

import io.factunit.article.InputFiles;
import io.factunit.check.Baseline;
import io.factunit.check.BaselineAudit;
import io.factunit.rules.AcceptedDiscrepancy;
import io.factunit.rules.BaselineLoader;
import io.factunit.rules.BaselineWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code check}'s baseline upkeep: recording the run's failures ({@code --update-baseline}) and stale entries,
 * which are always warned about and fail the run with {@code --fail-on-stale}. The baseline is written as the
 * report is: to a temporary file beside it, renamed over it once complete, never into a story folder.
 */
final class BaselineOptions {
    @Option(names = "--update-baseline", paramLabel = "FILE",
            description = "Record the run's failures in this baseline file, read first if it exists: entries that"
                    + " still match keep their reasons, stale ones are dropped, new ones get the reason '"
                    + Baseline.UNREVIEWED + "'. Exit 0 once it is written.")
    Path update;

    @Option(names = "--fail-on-stale",
            description = "Exit 1 when a baseline entry matches no failure (default: a warning).")
    boolean failOnStale;

    /** The baseline the run applies: --update-baseline's file when it exists, else --baseline's. */
    Baseline load(StoryRunOptions run) {
        if (update == null) {
            return run.loadBaseline();
        }
        if (run.baseline != null) {
            throw new UsageException("--update-baseline reads the file it updates; leave --baseline out");
        }
        return InputFiles.entryFollowingLinks(update) == InputFiles.Kind.MISSING ? Baseline.NONE
                : new Baseline(new BaselineLoader().load(update));
    }

    /** Where the updated baseline goes, checked before any work as --output is; null when not updating. */
    Path target(StoryRunOptions run) {
        if (update == null) {
            return null;
        }
        if (run.output != null && run.output.toAbsolutePath().normalize().equals(update.toAbsolutePath().normalize())) {
            throw new UsageException("--update-baseline and --output name the same file " + update);
        }
        List<Path> inputs = run.inputs();
        if (run.output != null) {
            inputs.add(run.output);
        }
        return OutputTarget.check("--update-baseline", update, run.stories, inputs);
    }

    /**
     * Warns about stale entries on stderr, and writes the updated baseline to {@code target} if asked.
     *
     * @return whether the stale entries fail the run
     */
    boolean finish(BaselineAudit audit, Path target, PrintWriter err) throws IOException {
        List<AcceptedDiscrepancy> stale = audit.stale();
        for (AcceptedDiscrepancy entry : stale) {
            err.println("factunit: warning: " + entry.location() + ": " + BaselineAudit.describe(entry)
                    + (target != null ? " (removed)" : ""));
        }
        if (target == null) {
            return failOnStale && !stale.isEmpty();
        }
        List<AcceptedDiscrepancy> entries = audit.updated();
        try (ReportOutput out = ReportOutput.open(target, err)) {
            out.writer().write(BaselineWriter.file(entries));
            out.publish();
        }
        long unreviewed = entries.stream().filter(e -> e.location() == null).count();
        err.println("factunit: wrote " + entries.size() + " baseline entries to " + update + " (" + unreviewed
                + " new, reason '" + Baseline.UNREVIEWED + "' until reviewed; " + stale.size() + " stale removed)");
        err.flush();
        return false;
    }
}
