package io.factunit.junit;

/** A setting of the engine (annotation or configuration parameter) that cannot be used; one line. */
final class SettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SettingsException(String message) {
        super(message);
    }
}
