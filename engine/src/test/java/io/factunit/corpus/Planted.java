package io.factunit.corpus;

/**
 * One discrepancy planted in a generated story: in {@code file} of {@code story}, {@code from} became {@code to}.
 *
 * @param kind "figure", "spelling" or "weekday"
 */
public record Planted(String story, String file, String kind, String from, String to) {
}
