package io.factunit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** What running the tests reports: passes, failures with every location, skips with the reason. */
class ExecutionTest {
    @TempDir
    Path tmp;
    Newsroom newsroom;

    @BeforeEach
    void newsroom() {
        newsroom = new Newsroom(tmp);
    }

    /** An escape sequence quoted from an article reaches the console Surefire prints to only as text. */
    @Test
    void textQuotedFromTheStoryCannotDriveTheConsole() {
        Path story = newsroom.story("escapes", "Israel released 240 Palestinian prisoners.\n",
                "\u001B[2K\u001B]0;pwned\u0007Israel released 250 Palestinian prisoners.\n");
        Event failed = run(story, Map.of()).testEvents().failed().list().get(0);
        String message = failed.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow().getMessage();
        assertThat(message).contains("\"\\u001B[2K\\u001B]0;pwned\\u0007Israel released 250 Palestinian prisoners.\"")
                .doesNotContain("\u001B").doesNotContain("\u0007");
    }

    @Test
    void contradictionFailsNamingEveryArticleValueSentenceLineAndColumn() {
        Path truce = newsroom.truce();
        EngineExecutionResults results = run(truce, Map.of());
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(0).failed(1).aborted(1));
        Event failed = results.testEvents().failed().list().get(0);
        assertThat(failed.getTestDescriptor().getDisplayName())
                .isEqualTo("truce - prisoner counts must match");
        Throwable error = failed.getRequiredPayload(TestExecutionResult.class)
                .getThrowable().orElseThrow();
        assertThat(error).isInstanceOf(AssertionFailedError.class).hasMessage("""
                240 in 2 articles, but 250 in 003
                prisoner counts must match: the articles disagree.
                  Majority (2 articles):
                    240 at %1$s/001.txt:1:17
                      "Israel released 240 Palestinian prisoners."
                    240 at %1$s/002.txt:1:32
                      "Officials said Israel released 240 Palestinian prisoners."
                  Outlier (1 article):
                    250 at %1$s/003.txt:2:17
                      "Israel released 250 Palestinian prisoners."
                To accept it after review, add to the baseline file:
                  - check: "prisoners-released-agree"
                    story: "truce"
                    values:
                      - "001: 240"
                      - "002: 240"
                      - "003: 250"
                    reason: "TODO: review"
                    by: "TODO: review\"""".formatted(truce));
        AssertionFailedError assertion = (AssertionFailedError) error;
        assertThat(assertion.getExpected().getStringRepresentation()).isEqualTo("240");
        assertThat(assertion.getActual().getStringRepresentation()).isEqualTo("250");
    }

    @Test
    void missingEvidenceIsAbortedWithTheReason() {
        Path truce = newsroom.truce();
        run(truce, Map.of()).testEvents().assertThatEvents().haveExactly(1, event(test(),
                displayName("truce - hostage counts must match"),
                abortedWithReason(instanceOf(TestAbortedException.class), message("""
                        hostage counts must match: not enough evidence: only 001 states it
                            50 at %s/001.txt:2:16
                              "Hamas released 50 hostages.\"""".formatted(truce)))));
    }

    @Test
    void agreementPassesSayingWhatAgreed() {
        EngineExecutionResults results = run(newsroom.agreed(), Map.of());
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).aborted(0));
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test(), displayName("agreed - prisoner counts must match"),
                        finishedSuccessfully()));
        // the values are no part of the name: what agreed is published beside it
        assertThat(results.testEvents().reportingEntryPublished().list().get(0).getRequiredPayload(ReportEntry.class)
                .getKeyValuePairs()).containsExactly(Map.entry("passed", "240 in 2 articles"));
    }

    /** A check nothing in the story speaks to is left out, unless factunit.showInapplicable asks for it. */
    @Test
    void aCheckNothingAppliesToIsListedOnlyOnRequest() {
        run(newsroom.agreed(), Map.of("factunit.showInapplicable", "true")).testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(1).aborted(1))
                .assertThatEvents().haveExactly(1, event(test(), displayName("agreed - hostage counts must match"), abortedWithReason(message("hostage counts"
                        + " must match: not enough evidence: no article states hostages released"))));
    }

    /** A story nothing applies to still lists its skips: it says why nothing was checked rather than vanish. */
    @Test
    void aStoryNothingAppliesToListsEverySkip() {
        Path quiet = newsroom.story("quiet", "Talks resumed in Cairo.\n", "Talks went on in Cairo.\n");
        run(quiet, Map.of()).testEvents().assertStatistics(stats -> stats.started(2).aborted(2))
                .assertThatEvents().haveExactly(1, event(test(), abortedWithReason(message("prisoner counts must match:"
                        + " not enough evidence: no article states prisoners released"))));
    }

    @Test
    void aWarningIsReportedWithoutFailingUnlessFailOnSaysSo() {
        Path hostages = newsroom.hostages();
        String name = "hostages - hostage counts must match";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        EngineExecutionResults byDefault;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            byDefault = run(hostages, Map.of());
        } finally {
            System.setOut(stdout);
        }
        // Surefire shows a test's output, not report entries
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("warning: hostage counts must match\n40 in 002 but 50 in 001\nhostage counts must match:"
                        + " the articles disagree.\n");
        byDefault.testEvents().assertThatEvents().haveExactly(1, event(test(), displayName(name), finishedSuccessfully()));
        Event entry = byDefault.testEvents().reportingEntryPublished().list().get(0);
        assertThat(entry.getTestDescriptor().getDisplayName()).isEqualTo(name);
        assertThat(entry.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .containsOnlyKeys("warning").extractingByKey("warning").asString()
                .startsWith("40 in 002 but 50 in 001\nhostage counts must match: the articles disagree.");

        run(hostages, Map.of("factunit.failOn", "warning")).testEvents().assertThatEvents()
                .haveExactly(1, event(test(), displayName(name), finishedWithFailure(instanceOf(AssertionFailedError.class))));
    }

    @Test
    void failOnNeverLetsEvenErrorsPass() {
        run(newsroom.truce(), Map.of("factunit.failOn", "never")).testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(1).failed(0).aborted(1).reportingEntryPublished(1));
    }

    @Test
    void badFailOnFailsTheStory() {
        Path truce = newsroom.truce();
        run(truce, Map.of("factunit.failOn", "sometimes")).allEvents().assertThatEvents().haveExactly(1,
                event(displayName("truce"), finishedWithFailure(message(
                        "factunit.failOn must be error, warning, info or never, not 'sometimes'"))));
    }

    @Test
    void aBadRuleFileFailsTheStoryWithFileLineAndColumn() {
        Path truce = newsroom.truce();
        Path rules = Newsroom.write(tmp.resolve("bad.yaml"), Newsroom.RULES.replace("kind: agree\n    claim: hostages",
                "kind: agrees\n    claim: hostages"));
        EngineExecutionResults results = EngineTestKit.engine("factunit")
                .configurationParameter("factunit.rules", rules.toString())
                .selectors(selectDirectory(truce.toFile())).execute();
        results.allEvents().assertThatEvents().haveExactly(1, event(displayName("truce"),
                finishedWithFailure(message(rules + ":23:11: unknown kind 'agrees' (expected one of: agree, not-decreasing,"
                        + " at-most, sum, weekday-matches-date, duration-matches-range, date-order, same-spelling,"
                        + " same-title, same-quote, event-dates-agree, quote-wording)"))));
        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
    }

    private EngineExecutionResults run(Path story, Map<String, String> config) {
        return EngineTestKit.engine("factunit").configurationParameter("factunit.rules", newsroom.rules.toString())
                .configurationParameters(config).selectors(selectDirectory(story.toFile())).execute();
    }
}
