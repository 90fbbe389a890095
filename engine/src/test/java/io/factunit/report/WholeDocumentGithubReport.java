package io.factunit.report;

import io.factunit.check.CheckResult;
import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import io.factunit.claim.Claim;
import java.util.List;

/**
 * GitHub Actions workflow commands: each failure becomes an annotation on the outlying claim's line
 * ({@code ::error file=...,line=...,col=...,title=...::summary}), then one totals line. Paths are relative
 * to the working directory, which in a workflow is the repository root.
 *
 * <p>The whole-document renderer before streaming, kept as the reference: see {@link WholeDocumentReport}.
 */
final class WholeDocumentGithubReport implements WholeDocumentReport {
    private final ReportPaths paths;

    public WholeDocumentGithubReport() {
        this(ReportPaths.workingDirectory());
    }

    WholeDocumentGithubReport(ReportPaths paths) {
        this.paths = paths;
    }

    @Override
    public String render(List<StoryReport> stories) {
        StringBuilder out = new StringBuilder();
        long passed = 0;
        long failed = 0;
        long skipped = 0;
        for (StoryReport story : stories) {
            for (CheckResult result : story.results()) {
                if (result.status() == Status.FAILED) {
                    out.append(annotation(result)).append('\n');
                }
            }
            passed += story.count(Status.PASSED);
            failed += story.count(Status.FAILED);
            skipped += story.count(Status.SKIPPED);
        }
        out.append(passed).append(" passed, ").append(failed).append(" failed, ").append(skipped).append(" skipped\n");
        return out.toString();
    }

    private String annotation(CheckResult result) {
        Claim at = result.outlier() != null ? result.outlier() : result.claims().get(0);
        return "::" + command(result) + " file=" + property(paths.display(at.article().path()))
                + ",line=" + at.position().line() + ",col=" + at.position().column()
                + ",title=" + property(result.check().title()) + "::" + data(result.summary());
    }

    static String command(CheckResult result) {
        return switch (result.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The message part of a command: GitHub reads %, CR and LF as escapes there. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: additionally ':' and ',' separate properties. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
