package io.factunit.mention.date;

/**
 * Which way a date that leaves its year or week open is read: news reports what happened, so PAST unless the
 * clause speaks of the future ("will", "expected to", "scheduled to", "next").
 */
public enum Tense {
    PAST,
    FUTURE
}
