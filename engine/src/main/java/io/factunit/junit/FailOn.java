package io.factunit.junit;

import io.factunit.rules.Severity;

/** Parses factunit.failOn: error, warning or never. */
final class FailOn {
    private FailOn() {
    }

    /** The lowest severity that fails a test, or null for never. */
    static Severity parse(String value) {
        return switch (value.strip()) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            case "never" -> null;
            default -> throw new SettingsException(Settings.FAIL_ON + " must be error, warning, info or never,"
                    + " not '" + value + "'");
        };
    }
}
