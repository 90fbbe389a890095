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
 * the terminal. Checks nothing in a story speaks to ("no article states earthquake magnitude") are left out unless
 * asked for, as the test engine leaves them out: a line at the end says how many.
 */
public final class TextReport implements ReportFormat {
    private final boolean showInapplicable;

    /** The report that leaves out the checks nothing in a story speaks to. */
    public TextReport() {
        this(false);
    }

    /** @param showInapplicable whether checks nothing in a story speaks to are listed among the skips */
    public TextReport(boolean showInapplicable) {
        this.showInapplicable = showInapplicable;
    }

    @Override
    public ReportWriter writer(Writer out, Scratch scratch) {
        Totals totals = new Totals();
        long[] hidden = {0};
        return new ReportWriter() {
            @Override
            public void story(StoryReport story) throws IOException {
                // a story nothing applies to lists every skip, so that it says why it checked nothing
                boolean listAll = showInapplicable || story.results().stream().allMatch(CheckResult::inapplicable);
                out.append(TextReport.story(story, listAll));
                totals.add(story);
                hidden[0] += listAll ? 0 : story.results().stream().filter(CheckResult::inapplicable).count();
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
                if (hidden[0] > 0) {
                    out.append(String.valueOf(hidden[0])).append(hidden[0] == 1 ? " skip with nothing to compare is"
                            : " skips with nothing to compare are").append(" not listed (--show-inapplicable lists them)\n");
                }
                out.append(totals.line());
                out.flush();
            }
        };
    }

    private static StringBuilder story(StoryReport story, boolean listAll) {
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
        appendSkips(out, listAll ? story.results()
                : story.results().stream().filter(result -> !result.inapplicable()).toList());
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
