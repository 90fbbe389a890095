package io.factunit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.check.StoryReport;
import java.io.Closeable;
import io.factunit.rules.AcceptedDiscrepancy;
import java.io.IOException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One report being written while the run goes on: each story's report is written (or set aside in a
 * {@link Scratch}, where the format puts it later in the document) as it arrives, then {@link #finish()}
 * writes what needs the whole run (totals, closing brackets). A writer keeps counts, never the stories'
 * reports, so with a scratch folder memory does not grow with the run. It never closes the output it was
 * given.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ReportWriter extends Closeable {
    /** The next story's report, in the order the stories are to appear. */
    void story(StoryReport story) throws IOException;

    /**
     * Baseline entries that matched no failure of the run, to be shown as warnings; called before {@link #finish()},
     * and only when there are some.
     */
    void stale(List<AcceptedDiscrepancy> entries) throws IOException;

    /** Writes the rest of the report after the last story and flushes it to the output. */
    void finish() throws IOException;

    /** Deletes the temporary files, if any; the output stays open. */
    @Override
    default void close() throws IOException {
    }
}
