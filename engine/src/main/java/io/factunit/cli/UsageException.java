package io.factunit.cli;

/** A command line that names something that is not there or cannot be used. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
