package io.factunit.rules;

/** How much a failed check matters: errors fail the build, warnings are shown, info is noted. */
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
