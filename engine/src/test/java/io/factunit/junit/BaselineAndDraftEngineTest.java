package io.factunit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** factunit.baseline with its stale entries, and factunit.draft: the engine's side of check's baseline and draft options. */
class BaselineAndDraftEngineTest {
    private static final String ACCEPTED = """
            accepted:
              - check: prisoners-released-agree
                values: ["001: 240", "002: 240", "003: 250"]
                reason: 250 counts the ones freed a day later
                by: night desk
            """;
    private static final String STALE = """
              - check: hostages-released-agree
                values: ["001: 50", "002: 60"]
                reason: an old reading
                by: night desk
              - check: hostages-released-agree
                story: elsewhere
                values: ["001: 50", "002: 60"]
                reason: a story this run does not check
                by: night desk
            """;

    @TempDir
    Path tmp;
    Newsroom newsroom;
    Path truce;

    @BeforeEach
    void newsroom() {
        newsroom = new Newsroom(tmp);
        truce = newsroom.truce();
    }

    /** An entry with check and values, without subject (as the README writes it), accepts the failure. */
    @Test
    void anEntryWithoutSubjectMatchesOnCheckAndValues() {
        Path baseline = Newsroom.write(tmp.resolve("baseline.yaml"), ACCEPTED);
        run(truce, Map.of("factunit.baseline", baseline.toString())).testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(1).failed(0).aborted(1))
                .assertThatEvents().haveExactly(1, event(test(), displayName("truce - prisoner counts must match"),
                        finishedSuccessfully()));
    }

    /** A stale entry is a skipped test with a warning at its line; one naming a story not checked is not stale. */
    @Test
    void aStaleEntryIsASkippedTestAtItsLine() {
        Path baseline = Newsroom.write(tmp.resolve("baseline.yaml"), ACCEPTED + STALE);
        EngineExecutionResults results = run(truce, Map.of("factunit.baseline", baseline.toString()));
        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(1).failed(0).aborted(2));
        Event stale = results.testEvents().aborted().filter(e -> e.getTestDescriptor() instanceof StaleEntryDescriptor)
                .findFirst().orElseThrow();
        assertThat(stale.getTestDescriptor().getDisplayName()).isEqualTo("stale baseline entry: hostages-released-agree");
        assertThat(stale.getTestDescriptor().getSource()).contains(FileSource.from(baseline.toFile(), FilePosition.from(6, 5)));
        assertThat(stale.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow()).hasMessage(
                "warning: " + baseline + ":6:5: stale baseline entry: hostages-released-agree with 001: 50, 002: 60"
                        + " matches no failure; remove it (or run --update-baseline)");
    }

    @Test
    void failOnStaleFailsTheStaleEntry() {
        Path baseline = Newsroom.write(tmp.resolve("baseline.yaml"), ACCEPTED + STALE);
        run(truce, Map.of("factunit.baseline", baseline.toString(), "factunit.failOnStale", "true")).testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(1).failed(1).aborted(1))
                .assertThatEvents().haveExactly(1, event(test(), displayName("stale baseline entry: hostages-released-agree"),
                        finishedWithFailure(message(m -> m.contains(":6:5: stale baseline entry")))));
    }

    /** Only what the draft takes part in fails, naming the outlets it disagrees with. */
    @Test
    void aDraftFailsOnlyWhereItDisagreesAndNamesTheOutlets() {
        Path published = newsroom.story("published", "Israel released 240 Palestinian prisoners.\n",
                "Israel released 240 Palestinian prisoners.\nHamas released 50 hostages.\n",
                "Hamas released 60 hostages.\n");
        Newsroom.write(published.resolve("story.yaml"), "articles:\n  - file: 002.txt\n    source: Courier\n");
        Path draft = Newsroom.write(tmp.resolve("drafts/draft.txt"), "Israel released 250 Palestinian prisoners.\n");
        EngineExecutionResults results = run(published, Map.of("factunit.draft", draft.toString(),
                "factunit.failOn", "warning"));
        results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        results.testEvents().assertThatEvents().haveExactly(1, event(test(),
                displayName("published - prisoner counts must match"), finishedWithFailure(message(m -> m.startsWith(
                        "the draft (250) disagrees with 001 (240), Courier (240): 240 in 2 articles, but 250 in draft\n")))));
        // 50 against 60 hostages is the published articles' own business
        results.testEvents().assertThatEvents().haveExactly(1, event(test(),
                displayName("published - hostage counts must match"), finishedSuccessfully()));
    }

    @Test
    void aDraftInsideTheStoryFolderFailsTheStory() {
        run(truce, Map.of("factunit.draft", truce.resolve("003.txt").toString())).allEvents().assertThatEvents()
                .haveExactly(1, event(displayName("truce"), finishedWithFailure(message(m -> m.contains(
                        "the draft is inside the story folder")))));
    }

    private EngineExecutionResults run(Path story, Map<String, String> config) {
        return EngineTestKit.engine("factunit").configurationParameter("factunit.rules", newsroom.rules.toString())
                .configurationParameters(config).selectors(selectDirectory(story.toFile())).execute();
    }
}
