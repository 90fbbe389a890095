package io.factunit.report;

import io.factunit.check.StoryReport;
import java.util.List;

/** Renders the results of a run in one output format. Same input, byte-identical output. */
public interface ReportFormat {
    String render(List<StoryReport> stories);
}
