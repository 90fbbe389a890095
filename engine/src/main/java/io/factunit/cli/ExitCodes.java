package io.factunit.cli;

/** The exit codes CI pipelines branch on. */
final class ExitCodes {
    static final int OK = 0;
    static final int CHECK_FAILED = 1;
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
