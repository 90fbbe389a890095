package io.factunit.check;

/** The outcome of one check on one group of claims. */
public enum Status {
    /** the evidence agrees */
    PASSED,
    /** a contradiction */
    FAILED,
    /** not enough evidence to tell */
    SKIPPED;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
