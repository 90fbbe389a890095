package io.factunit.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.check.CheckResult;
import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one story's verdicts; {@link #check} narrows to one check's result. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StoryReportAssert extends AbstractAssert<StoryReportAssert, StoryReport> {

    StoryReportAssert(StoryReport actual) {
        super(actual, StoryReportAssert.class);
    }

    /** The one result of a check; fails when the check has none, or several groups (use the subject then). */
    public CheckResultAssert check(String checkId) {
        List<CheckResult> results = results(checkId);
        if (results.size() > 1) {
            failWithMessage("check '%s' has %d claim groups in story %s: %s; name one with check(id, subject)",
                    checkId, results.size(), actual.story().id(), results.stream().map(CheckResult::subject).toList());
        }
        return new CheckResultAssert(results.get(0));
    }

    /** The result of a check for one claim group, by its subject ("240") or group key. */
    public CheckResultAssert check(String checkId, String subject) {
        return new CheckResultAssert(results(checkId).stream()
                .filter(r -> r.subject().equals(subject) || r.key().equals(subject)).findFirst()
                .orElseThrow(() -> failure("check '%s' has no claim group '%s' in story %s; it has %s", checkId,
                        subject, actual.story().id(), results(checkId).stream().map(CheckResult::subject).toList())));
    }

    public StoryReportAssert hasNoFailures() {
        isNotNull();
        List<String> failures = actual.results().stream().filter(r -> r.status() == Status.FAILED)
                .map(CheckResult::displayName).toList();
        if (!failures.isEmpty()) {
            failWithMessage("expected story %s to have no failures, but these failed:%n  %s", actual.story().id(),
                    String.join("\n  ", failures));
        }
        return this;
    }

    private List<CheckResult> results(String checkId) {
        isNotNull();
        List<CheckResult> results = actual.results().stream().filter(r -> r.check().id().equals(checkId)).toList();
        if (results.isEmpty()) {
            failWithMessage("story %s has no result for check '%s'; the checks are %s", actual.story().id(), checkId,
                    actual.results().stream().map(r -> r.check().id()).distinct().toList());
        }
        return results;
    }
}
