package io.factunit.report;

import io.factunit.check.Status;
import io.factunit.check.StoryReport;

/** Passed, failed and skipped results added up story by story, for the totals line at the end of a report. */
final class Totals {
    private long passed;
    private long failed;
    private long skipped;

    void add(StoryReport story) {
        passed += story.count(Status.PASSED);
        failed += story.count(Status.FAILED);
        skipped += story.count(Status.SKIPPED);
    }

    /** "3 passed, 1 failed, 2 skipped" and a line break. */
    String line() {
        return passed + " passed, " + failed + " failed, " + skipped + " skipped\n";
    }
}
