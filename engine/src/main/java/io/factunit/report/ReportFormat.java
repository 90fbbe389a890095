package io.factunit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.check.StoryReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apiguardian.api.API;

/** Renders the results of a run in one output format. Same input, byte-identical output. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ReportFormat {
    /**
     * A writer of this format into {@code out}, to be given the stories one at a time; parts of the document
     * that must wait for the last story wait in {@code scratch}.
     */
    ReportWriter writer(Writer out, Scratch scratch) throws IOException;

    /** A writer of this format into {@code out} that keeps waiting parts in memory. */
    default ReportWriter writer(Writer out) throws IOException {
        return writer(out, Scratch.MEMORY);
    }

    /** The whole report as one string, for reports small enough to hold (tests, one story at a time). */
    default String render(List<StoryReport> stories) {
        StringWriter out = new StringWriter();
        try (ReportWriter report = writer(out)) {
            for (StoryReport story : stories) {
                report.story(story);
            }
            report.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
