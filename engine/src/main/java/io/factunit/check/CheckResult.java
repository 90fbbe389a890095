package io.factunit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.claim.Claim;
import io.factunit.rules.CheckDefinition;
import io.factunit.rules.Severity;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One check's verdict on one group of comparable claims.
 *
 * @param check    the check
 * @param subject  what the group is about, for people ("240", "William Burns", "10-07")
 * @param key      the group key the claims were grouped by (stable, for unique ids and baselines)
 * @param status   passed, failed or skipped
 * @param severity the check's severity, or lower when the finding is a reading to review
 * @param summary  one line: what agreed, what disagreed or why it was skipped
 * @param message  the full explanation with every article, value, sentence, line and column
 * @param claims   every claim involved, in article order
 * @param outlier  the claim that disagrees with the majority (or the latest of a tie), for failures
 * @param expected the majority's value, for IDE diffs; null if none
 * @param actual   the outlier's value, for IDE diffs; null if none
 * @param facts    the facts the check compared across two or more articles, as it judged each: the rows of the
 *                 story's alignment table (agree and event-dates-agree checks; empty for the others)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CheckResult(CheckDefinition check, String subject, String key, Status status, Severity severity,
                          String summary, String message, List<Claim> claims, Claim outlier, String expected,
                          String actual, List<AlignedFact> facts) {
    public CheckResult {
        claims = List.copyOf(claims);
        facts = List.copyOf(facts);
    }

    /** A result that aligns no facts. */
    public CheckResult(CheckDefinition check, String subject, String key, Status status, Severity severity,
                       String summary, String message, List<Claim> claims, Claim outlier, String expected,
                       String actual) {
        this(check, subject, key, status, severity, summary, message, claims, outlier, expected, actual, List.of());
    }

    /** The same result, with the facts it compared. */
    CheckResult withFacts(List<AlignedFact> compared) {
        return new CheckResult(check, subject, key, status, severity, summary, message, claims, outlier, expected,
                actual, compared);
    }

    /**
     * A skip because nothing in the story speaks to the check ("no article states earthquake magnitude"): reports
     * meant for reading leave it out unless asked (the test engine's {@code factunit.showInapplicable}, the text
     * report's {@code --show-inapplicable}).
     */
    public boolean inapplicable() {
        return status == Status.SKIPPED && claims.isEmpty();
    }

    /** "prisoner counts must match: 240 in 3 articles", the name a test runner shows. */
    public String displayName() {
        return check.title() + ": " + summary;
    }

    public CheckResult withStatus(Status newStatus, String note) {
        return new CheckResult(check, subject, key, newStatus, severity, summary + " (" + note + ")",
                message + "\n" + note, claims, outlier, expected, actual,
                facts.stream().map(f -> f.withStatus(newStatus, note)).toList());
    }
}
