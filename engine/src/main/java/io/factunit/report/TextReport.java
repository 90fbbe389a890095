package io.factunit.report;

import io.factunit.check.CheckResult;
import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import java.util.List;

/**
 * The terminal report: per story, failures first with the disagreeing sentences quoted at file:line:col,
 * then one line per pass and skip, then the totals.
 */
public final class TextReport implements ReportFormat {

    @Override
    public String render(List<StoryReport> stories) {
        StringBuilder out = new StringBuilder();
        long passed = 0;
        long failed = 0;
        long skipped = 0;
        for (StoryReport story : stories) {
            out.append("Story ").append(story.story().dir()).append(" (").append(story.story().articles().size())
                    .append(" articles, ").append(story.claims().size()).append(" claims)\n");
            for (CheckResult result : story.results()) {
                if (result.status() == Status.FAILED) {
                    out.append("  FAILED [").append(result.severity().yamlName()).append("] ").append(result.check().id())
                            .append(": ").append(result.summary()).append('\n');
                    for (String line : result.message().split("\n")) {
                        out.append("    ").append(line).append('\n');
                    }
                }
            }
            for (CheckResult result : story.results()) {
                if (result.status() != Status.FAILED) {
                    out.append("  ").append(result.status() == Status.PASSED ? "passed " : "skipped").append(' ')
                            .append(result.check().id()).append(": ").append(result.summary()).append('\n');
                }
            }
            passed += story.count(Status.PASSED);
            failed += story.count(Status.FAILED);
            skipped += story.count(Status.SKIPPED);
            out.append('\n');
        }
        out.append(passed).append(" passed, ").append(failed).append(" failed, ").append(skipped).append(" skipped\n");
        return out.toString();
    }
}
