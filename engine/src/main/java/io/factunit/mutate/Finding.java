package io.factunit.mutate;

import io.factunit.article.TextPosition;
import io.factunit.check.CheckResult;
import io.factunit.claim.Claim;
import io.factunit.rules.Severity;
import java.nio.file.Path;

/**
 * A failure on an untouched story, on one line: where (the outlier, else the first claim), which check, how
 * serious, what it says.
 *
 * @param file     the article file, or the story folder for a failure that cites no claim
 * @param position line and column in the file; null with a folder
 */
public record Finding(Path file, TextPosition position, String check, Severity severity, String summary) {

    static Finding of(CheckResult failure, Path story) {
        Claim at = failure.outlier() != null ? failure.outlier()
                : failure.claims().isEmpty() ? null : failure.claims().get(0);
        return new Finding(at == null ? story : at.article().path(), at == null ? null : at.position(),
                failure.check().id(), failure.severity(), failure.summary());
    }

    /** "stories/a/001.txt:12:5". */
    public String where() {
        return position == null ? file.toString() : file + ":" + position.line() + ":" + position.column();
    }
}
