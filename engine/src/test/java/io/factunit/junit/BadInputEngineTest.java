package io.factunit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import io.factunit.BadInputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Bad input through the test engine: the story fails, as one failed node, with the message the command line
 * prints (without its "factunit: " prefix). Only public behaviour is asserted: events and their throwables.
 */
@Timeout(120)
class BadInputEngineTest {
    @TempDir
    Path tmp;
    Path story;
    Path rules;

    @BeforeEach
    void folders() throws IOException {
        story = tmp.resolve("story");
        rules = tmp.resolve("rules.yaml");
        BadInputs.prepare(story, rules);
    }

    static List<BadInputs.Case> cases() {
        return BadInputs.cases();
    }

    private EngineExecutionResults run() {
        return EngineTestKit.engine("factunit")
                .selectors(selectDirectory(story.toFile()))
                .configurationParameter("factunit.rules", rules.toString())
                .execute();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputFailsTheStoryWithTheSameMessage(BadInputs.Case bad) throws IOException {
        String message = bad.setup().write(story, rules)
                .replace(BadInputs.ARTICLE_LIMIT, "LoadOptions.maxArticleBytes");
        EngineExecutionResults results = run();

        List<Event> failed = results.allEvents().failed().list();
        assertThat(failed).as("exactly one failed node").hasSize(1);
        Throwable error = failed.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
        assertThat(error).hasMessage(message);
        assertThat(results.testEvents().succeeded().count()).as("nothing passes on bad input").isZero();
    }

    @Test
    void oneArticleSkipsEveryCheckWithTheReason() throws IOException {
        BadInputs.text(story, "a.txt", BadInputs.GOOD);
        EngineExecutionResults results = run();

        results.testEvents().assertStatistics(stats -> stats.started(1).aborted(1).failed(0).succeeded(0));
        Throwable reason = results.testEvents().aborted().list().get(0)
                .getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
        assertThat(reason.getMessage()).contains("only a states it");
    }
}
