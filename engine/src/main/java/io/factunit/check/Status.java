package io.factunit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The outcome of one check on one group of claims. */
@API(status = EXPERIMENTAL, since = "0.1")
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
