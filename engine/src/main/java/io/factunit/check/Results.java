package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.rules.CheckDefinition;
import io.factunit.rules.Severity;
import java.util.List;

/** Builds results with consistent wording. */
final class Results {
    private Results() {
    }

    static CheckResult passed(CheckDefinition check, String subject, String key, String summary, String message,
                              List<Claim> claims) {
        return new CheckResult(check, subject, key, Status.PASSED, check.severity(), summary, message,
                Evidence.sorted(claims), null, null, null);
    }

    static CheckResult skipped(CheckDefinition check, String subject, String key, String why, List<Claim> claims) {
        String summary = subject.isEmpty() ? "skipped: " + why : subject + ": skipped, " + why;
        return new CheckResult(check, subject, key, Status.SKIPPED, check.severity(), summary,
                check.title() + ": not enough evidence: " + why
                        + Evidence.lines(Evidence.sorted(claims), c -> ValueText.of(c.mention())),
                Evidence.sorted(claims), null, null, null);
    }

    static CheckResult failed(CheckDefinition check, Severity severity, String subject, String key, String summary,
                              String message, List<Claim> claims, Claim outlier, String expected, String actual) {
        return new CheckResult(check, subject, key, Status.FAILED, severity, summary, message,
                Evidence.sorted(claims), outlier, expected, actual);
    }
}
