package io.factunit.report;

import io.factunit.article.HiddenCharacters;
import io.factunit.check.BaselineAudit;
import io.factunit.check.CheckResult;
import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import io.factunit.claim.Claim;
import io.factunit.rules.AcceptedDiscrepancy;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * GitHub Actions workflow commands: each failure becomes an annotation on the outlying claim's line
 * ({@code ::error file=...,line=...,col=...,title=...::summary}), then one totals line. Paths are relative
 * to the working directory, which in a workflow is the repository root.
 */
final class GithubReport implements ReportFormat {
    private final ReportPaths paths;

    public GithubReport() {
        this(ReportPaths.workingDirectory());
    }

    GithubReport(ReportPaths paths) {
        this.paths = paths;
    }

    @Override
    public ReportWriter writer(Writer out, Scratch scratch) {
        Totals totals = new Totals();
        return new ReportWriter() {
            @Override
            public void story(StoryReport story) throws IOException {
                for (CheckResult result : story.results()) {
                    if (result.status() == Status.FAILED) {
                        out.append(annotation(result)).append('\n');
                    }
                }
                totals.add(story);
            }

            @Override
            public void stale(List<AcceptedDiscrepancy> entries) throws IOException {
                for (AcceptedDiscrepancy entry : entries) {
                    out.append("::warning file=").append(property(paths.display(Path.of(entry.location().file()))))
                            .append(",line=").append(String.valueOf(entry.location().line()))
                            .append(",col=").append(String.valueOf(entry.location().column()))
                            .append(",title=stale baseline entry::").append(data(BaselineAudit.describe(entry)))
                            .append('\n');
                }
            }

            @Override
            public void finish() throws IOException {
                out.append(totals.line());
                out.flush();
            }
        };
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

    /**
     * The message part of a command: GitHub reads %, CR and LF as escapes there. Other hidden characters
     * (an escape sequence would recolour or hide the log) are shown escaped, as in the text report.
     */
    static String data(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case '\r' -> out.append("%0D");
                case '\n' -> out.append("%0A");
                default -> out.append(HiddenCharacters.isShownEscaped(c) ? HiddenCharacters.escaped(c) : c);
            }
        }
        return out.toString();
    }

    /** A property value: additionally ':' and ',' separate properties. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
