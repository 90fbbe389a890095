package io.factunit.report;

import io.factunit.check.StoryReport;
import java.util.List;

/**
 * The report formats as they were before they wrote story by story (commit 327671a): each built the whole
 * document from every story's report at the end. The WholeDocument*Report classes are those renderers,
 * copied unchanged but for their names, kept as the reference that {@link StreamingReportsTest} compares the
 * streaming writers with, byte for byte. A deliberate change of a format changes its copy here too.
 */
interface WholeDocumentReport {
    String render(List<StoryReport> stories);
}
