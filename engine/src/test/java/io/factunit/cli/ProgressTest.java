package io.factunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress bar stays out of logs: never for short runs, never when stderr is not a terminal. */
class ProgressTest {

    @Test
    void silentWhenStderrIsNotATerminalOrTheRunIsShort() {
        assertThat(Progress.stderrIsTerminal()).as("surefire pipes stderr").isFalse();
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (Progress progress = Progress.of(500)) {
            progress.step();
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        try (Progress progress = Progress.of(Progress.MIN_STORIES - 1)) {
            progress.step();
        }
    }
}
