package io.factunit.bench;

/** A bench command line asking for something it cannot do (the CLI's own is package-private to it). */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
