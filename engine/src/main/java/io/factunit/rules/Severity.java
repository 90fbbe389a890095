package io.factunit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How much a failed check matters: errors fail the build, warnings are shown, info is noted. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Severity {
    ERROR, WARNING, INFO;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True if this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
