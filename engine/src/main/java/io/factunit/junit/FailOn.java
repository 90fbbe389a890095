package io.factunit.junit;

import io.factunit.rules.Severity;

/** Parses factunit.failOn or @FactCheck(failOn): error, warning, info or never. */
final class FailOn {
    private FailOn() {
    }

    /** The lowest severity that fails a test, or null for never; {@code name} is where the value was written. */
    static Severity parse(String value, String name) {
        return switch (value.strip()) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            case "never" -> null;
            default -> throw new SettingsException(name + " must be error, warning, info or never,"
                    + " not '" + value + "'");
        };
    }
}
