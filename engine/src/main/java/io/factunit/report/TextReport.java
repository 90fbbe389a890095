package io.factunit.report;

import io.factunit.article.HiddenCharacters;
import io.factunit.check.BaselineAudit;
import io.factunit.check.CheckResult;
import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import io.factunit.rules.AcceptedDiscrepancy;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terminal report: per story, failures first with the disagreeing sentences quoted at file:line:col,
 * then one line per pass, then the skips (one line per check: a story names many people only once, and a
 * screen of "only one article names X" hides what matters), then the totals. Whatever it quotes from the
 * input is shown with its hidden characters escaped ({@link HiddenCharacters}), so an article cannot drive
 * the terminal.
 */
public final class TextReport implements ReportFormat {

    @Override
    public ReportWriter writer(Writer out, Scratch scratch) {
        Totals totals = new Totals();
        return new ReportWriter() {
            @Override
            public void story(StoryReport story) throws IOException {
                out.append(TextReport.story(story));
                totals.add(story);
            }

            @Override
            public void stale(List<AcceptedDiscrepancy> entries) throws IOException {
                for (AcceptedDiscrepancy entry : entries) {
                    out.append("WARNING ").append(safe(entry.location() + ": " + BaselineAudit.describe(entry)))
                            .append('\n');
                }
                out.append('\n');
            }

            @Override
            public void finish() throws IOException {
                out.append(totals.line());
                out.flush();
            }
        };
    }

    private static StringBuilder story(StoryReport story) {
        StringBuilder out = new StringBuilder();
        out.append("Story ").append(safe(story.story().dir().toString())).append(" (").append(story.story().articles().size())
                .append(" articles, ").append(story.claims().size()).append(" claims)\n");
        for (CheckResult result : story.results()) {
            if (result.status() == Status.FAILED) {
                out.append("  FAILED [").append(result.severity().yamlName()).append("] ").append(safe(result.check().id()))
                        .append(": ").append(safe(result.summary())).append('\n');
                for (String line : result.message().split("\n")) {
                    out.append("    ").append(safe(line)).append('\n');
                }
            }
        }
        for (CheckResult result : story.results()) {
            if (result.status() == Status.PASSED) {
                out.append("  passed  ").append(safe(result.check().id())).append(": ")
                        .append(safe(result.summary())).append('\n');
            }
        }
        appendSkips(out, story.results());
        return out.append('\n');
    }

    private static void appendSkips(StringBuilder out, List<CheckResult> results) {
        Map<String, List<CheckResult>> byCheck = new LinkedHashMap<>();
        for (CheckResult result : results) {
            if (result.status() == Status.SKIPPED) {
                byCheck.computeIfAbsent(result.check().id(), id -> new ArrayList<>()).add(result);
            }
        }
        for (var entry : byCheck.entrySet()) {
            List<CheckResult> skips = entry.getValue();
            out.append("  skipped ").append(safe(entry.getKey())).append(": ");
            if (skips.size() == 1) {
                out.append(safe(skips.get(0).summary()));
            } else {
                out.append(skips.size()).append(" groups, e.g. ").append(safe(skips.get(0).summary()));
            }
            out.append('\n');
        }
    }

    /**
     * Text from the input (sentences, titles, sources, file and folder names) as it may reach a terminal:
     * escape sequences, other control characters, tabs and bidi or zero-width characters shown escaped.
     */
    private static String safe(String text) {
        return HiddenCharacters.escape(text);
    }
}
