package io.factunit.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** A command line that names something that is not there or cannot be used (the benchmark's too). */
@API(status = INTERNAL, consumers = "io.factunit.bench")
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
