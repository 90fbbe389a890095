package io.factunit.junit;

import io.factunit.article.HiddenCharacters;
import io.factunit.article.InputException;
import io.factunit.check.Baseline;
import io.factunit.check.CheckResult;
import io.factunit.check.ExampleRunner;
import io.factunit.check.FactChecker;
import io.factunit.rules.BaselineWriter;
import io.factunit.rules.RuleException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Reports the verdicts found at discovery to the platform, in tree order. */
final class Execution {
    private final EngineExecutionListener listener;

    Execution(EngineExecutionListener listener) {
        this.listener = listener;
    }

    void run(TestDescriptor descriptor) {
        listener.executionStarted(descriptor);
        listener.executionFinished(descriptor, outcome(descriptor));
    }

    private TestExecutionResult outcome(TestDescriptor descriptor) {
        if (descriptor instanceof LoadErrorDescriptor
                && descriptor.getParent().orElseThrow() instanceof StoryDescriptor story) {
            return failure(story.error());
        }
        if (descriptor instanceof StoryDescriptor story && story.error() != null
                && descriptor.getChildren().isEmpty()) {
            return failure(story.error()); // a filter dropped its test: the story fails itself
        }
        if (descriptor instanceof ResultDescriptor test) {
            return verdict(descriptor, test);
        }
        if (descriptor instanceof ExampleDescriptor example) {
            return selfTest(example);
        }
        if (descriptor instanceof StaleEntryDescriptor stale) {
            return stale.fails() ? TestExecutionResult.failed(withoutTrace(new AssertionFailedError(stale.message())))
                    : TestExecutionResult.aborted(withoutTrace(new TestAbortedException("warning: " + stale.message())));
        }
        for (TestDescriptor child : List.copyOf(descriptor.getChildren())) {
            run(child);
        }
        return TestExecutionResult.successful();
    }

    /** A story that could not be read or checked. */
    private static TestExecutionResult failure(RuntimeException error) {
        boolean badInput = error instanceof RuleException || error instanceof InputException
                || error instanceof SettingsException;
        // bad input is its one-line message; anything else is a bug, whose trace is worth reporting
        return TestExecutionResult.failed(badInput ? withoutTrace(new StoryError(error.getMessage(), null))
                : new StoryError(error.toString(), error));
    }

    private TestExecutionResult verdict(TestDescriptor descriptor, ResultDescriptor test) {
        CheckResult result = test.result();
        return switch (result.status()) {
            case PASSED -> {
                // the test's name holds no values (they change); what agreed is published beside it
                listener.reportingEntryPublished(descriptor, ReportEntry.from("passed", printable(result.summary())));
                yield TestExecutionResult.successful();
            }
            case SKIPPED -> TestExecutionResult.aborted(withoutTrace(new TestAbortedException(
                    printable(result.message()))));
            case FAILED -> {
                // the summary first: the values are in the message, never in the test's name
                String message = printable(result.summary() + "\n" + result.message()) + acceptHint(result);
                if (test.failsBuild()) {
                    yield TestExecutionResult.failed(withoutTrace(result.expected() != null
                            ? new AssertionFailedError(message, result.expected(), result.actual())
                            : new AssertionFailedError(message)));
                }
                listener.reportingEntryPublished(descriptor, ReportEntry.from(result.severity().yamlName(), message));
                // Surefire drops report entries but keeps a test's output: this is how `mvn test` shows it
                System.out.println(result.severity().yamlName() + ": " + printable(result.check().title()) + "\n" + message);
                yield TestExecutionResult.successful();
            }
        };
    }

    private static TestExecutionResult selfTest(ExampleDescriptor test) {
        ExampleRunner.Outcome outcome = FactChecker.builder(test.rules()).language(StoryRuns.LANGUAGE).build().examples()
                .run(test.check(), test.example());
        return outcome.ok() ? TestExecutionResult.successful()
                : TestExecutionResult.failed(withoutTrace(new AssertionFailedError("rule example failed: "
                + outcome.describe(), outcome.example().expect(), outcome.actual())));
    }

    /**
     * A message quoting the story, safe for the console Surefire and IDEs print it to: every line as the text
     * report shows it, so an escape sequence in an article cannot drive the terminal.
     */
    static String printable(String message) {
        return Arrays.stream(message.split("\n", -1)).map(HiddenCharacters::escape)
                .collect(Collectors.joining("\n"));
    }

    /** The engine's stack says nothing about the articles; reports show the message alone. */
    private static <T extends Throwable> T withoutTrace(T error) {
        error.setStackTrace(new StackTraceElement[0]);
        return error;
    }

    /** How to accept the discrepancy after review, ready to paste into a baseline file (or record it with --update-baseline). */
    private static String acceptHint(CheckResult result) {
        return "\nTo accept it after review, add to the baseline file:\n"
                + BaselineWriter.entry(Baseline.entry(result), "  ").stripTrailing();
    }

    /** A story that could not be read or checked; the message names file, line and column. */
    static final class StoryError extends AssertionError {
        private static final long serialVersionUID = 1L;

        StoryError(String message, Throwable cause) {
            super(message, cause);
        }

        /** The message alone: reports print a throwable by this, and the class name means nothing to an editor. */
        @Override
        public String toString() {
            return getMessage();
        }
    }
}
