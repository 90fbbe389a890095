package io.factunit.cli;

import io.factunit.check.Baseline;
import io.factunit.check.BaselineAudit;
import io.factunit.check.CheckResult;
import io.factunit.check.FactChecker;
import io.factunit.check.StageTimer;
import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import io.factunit.report.ReportFormat;
import io.factunit.report.ReportWriter;
import io.factunit.report.Reports;
import io.factunit.report.TextReport;
import io.factunit.rules.RuleSet;
import io.factunit.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check story folders and report every contradiction. Exit 0: nothing failed; 1: a check"
                + " failed (or, with --fail-on-stale, a baseline entry matched nothing); 2: bad input or usage.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoryRunOptions run;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, sarif, html or github (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a check of this severity or worse fails: error, warning, info or never"
                    + " (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Mixin
    BaselineOptions baselines;

    @Option(names = "--draft", paramLabel = "FILE",
            description = "Pre-publication: check this draft (a file outside the story) with the one story's"
                    + " published articles; only contradictions that involve the draft fail.")
    Path draft;

    @Option(names = "--show-inapplicable",
            description = "List the checks nothing in a story speaks to among the skips of the text report.")
    boolean showInapplicable;

    @Override
    public Integer call() throws IOException {
        ReportFormat report;
        try {
            report = Reports.byName(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
        if (showInapplicable && report instanceof TextReport) {
            report = new TextReport(true);
        }
        Severity threshold = threshold(failOn);
        Path baselineTarget = baselines.target(run);
        Path target = run.target(baselines.update, draft);
        int workers = Stories.threads(run.threads);
        List<Path> folders = Stories.folders(run.stories);
        if (draft != null && folders.size() != 1) {
            throw new UsageException("--draft is checked with one story; " + folders.size() + " story folders given");
        }
        RuleSet ruleSet = run.rules.load();
        Baseline accepted = baselines.load(run);
        BaselineAudit audit = new BaselineAudit(accepted);
        FactChecker checker = FactChecker.builder(ruleSet).compiled(Startup.compile(() -> ruleSet))
                .language(Startup.language().get()).baseline(accepted).loadOptions(run.limits.options())
                .threads(workers)
                .build();
        PrintWriter err = spec.commandLine().getErr();
        boolean[] failed = {false};
        try (ReportOutput out = ReportOutput.open(target, spec.commandLine().getOut())) {
            try (ReportWriter writer = report.writer(out.writer(), out.scratch());
                 Progress progress = Progress.of(folders.size())) {
                Consumer<StoryReport> sink = story -> {
                    if (story.story().articles().size() == 1) {
                        // Not an error (a story folder is often started with its first article), but never silent.
                        err.println("factunit: only one article in " + story.story().dir() + ": nothing to compare");
                    }
                    write(writer, story);
                    audit.story(story);
                    failed[0] |= fails(story, threshold);
                    progress.step();
                };
                if (draft != null) {
                    sink.accept(checker.checkDraft(folders.get(0), draft));
                } else {
                    checker.checkAll(folders, StageTimer.NONE, sink);
                }
                if (!audit.stale().isEmpty()) {
                    writer.stale(audit.stale());
                }
                writer.finish();
            }
            out.publish();
        }
        boolean staleFails = baselines.finish(audit, baselineTarget, err);
        if (baselineTarget != null) {
            return ExitCodes.OK; // every failure is in the baseline now
        }
        return failed[0] || staleFails ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    /** Each story's report is written as it comes and then forgotten, so memory does not grow with the run. */
    private static void write(ReportWriter writer, StoryReport story) {
        try {
            writer.story(story);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean fails(StoryReport story, Severity threshold) {
        for (CheckResult result : story.results()) {
            if (result.status() == Status.FAILED && threshold != null && result.severity().atLeast(threshold)) {
                return true;
            }
        }
        return false;
    }

    private static Severity threshold(String failOn) {
        return switch (failOn) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO; // as the test engine's factunit.failOn
            case "never" -> null;
            default -> throw new UsageException("--fail-on must be error, warning, info or never, not '" + failOn
                    + "'");
        };
    }
}
