package io.factunit.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.check.CheckResult;
import io.factunit.check.Status;
import io.factunit.check.ValueText;
import io.factunit.claim.Claim;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one check's verdict on one claim group; failure messages quote the verdict's message. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CheckResultAssert extends AbstractAssert<CheckResultAssert, CheckResult> {

    CheckResultAssert(CheckResult actual) {
        super(actual, CheckResultAssert.class);
    }

    public CheckResultAssert passed() {
        return hasStatus(Status.PASSED);
    }

    public CheckResultAssert failed() {
        return hasStatus(Status.FAILED);
    }

    public CheckResultAssert skipped() {
        return hasStatus(Status.SKIPPED);
    }

    /** A claim of the group is in this article: its id, or the start of it ("002" for 002_36b8f96a3ff872cc). */
    public CheckResultAssert involves(String article) {
        isNotNull();
        List<String> articles = actual.claims().stream().map(Claim::articleId).distinct().toList();
        if (articles.stream().noneMatch(id -> id.startsWith(article))) {
            failWithMessage("expected %s to involve article %s, but it involves %s", actual.displayName(), article,
                    articles);
        }
        return this;
    }

    /** A claim of the group has this value as reports print it ("240", "nearly 20,000", "at least 100"). */
    public CheckResultAssert hasValue(String value) {
        isNotNull();
        List<String> values = actual.claims().stream().map(c -> ValueText.of(c.mention())).distinct().toList();
        if (!values.contains(value)) {
            failWithMessage("expected %s to have the value %s, but its values are %s", actual.displayName(), value,
                    values);
        }
        return this;
    }

    /** The claim that disagrees with the majority is in this article (id or its start). */
    public CheckResultAssert hasOutlierIn(String article) {
        isNotNull();
        if (actual.outlier() == null || !actual.outlier().articleId().startsWith(article)) {
            failWithMessage("expected the outlier of %s in article %s, but it is %s", actual.displayName(), article,
                    actual.outlier() == null ? "none" : actual.outlier().articleId());
        }
        return this;
    }

    private CheckResultAssert hasStatus(Status status) {
        isNotNull();
        if (actual.status() != status) {
            failWithMessage("expected %s to be %s, but it %s:%n%s", actual.displayName(), status.jsonName(),
                    actual.status().jsonName(), actual.message());
        }
        return this;
    }
}
