package io.factunit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import io.factunit.BadInputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TagFilter;
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
        return run(Map.of());
    }

    private EngineExecutionResults run(Map<String, String> parameters) {
        return EngineTestKit.engine("factunit")
                .selectors(selectDirectory(story.toFile()))
                .configurationParameter("factunit.rules", rules.toString())
                .configurationParameters(parameters)
                .execute();
    }

    /** The one failed node of a run, and its message. */
    private static String onlyFailure(EngineExecutionResults results) {
        List<Event> failed = results.allEvents().failed().list();
        assertThat(failed).as("exactly one failed node").hasSize(1);
        assertThat(results.testEvents().succeeded().count()).as("nothing passes on bad input").isZero();
        return failed.get(0).getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow().getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputFailsTheStoryWithTheSameMessage(BadInputs.Case bad) throws IOException {
        String message = bad.setup().write(story, rules).replace(BadInputs.ARTICLE_LIMIT, "factunit.maxArticleSize");
        assertThat(onlyFailure(run())).isEqualTo(message);
    }

    /**
     * A tag filter ({@code mvn test -Dgroups=...}) cannot hide bad input: whatever it selects, the story that
     * could not be read fails, with the same message.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"error", "warning", "!error", "error & !error"})
    void badInputFailsUnderEveryTagFilter(String tags) throws IOException {
        List<String> names = List.of("invalid UTF-8", "story.yaml with an unknown key", "rule file with an unknown key");
        List<BadInputs.Case> bad = cases().stream().filter(c -> names.contains(c.name())).toList();
        assertThat(bad).hasSize(3);
        for (int i = 0; i < bad.size(); i++) {
            Path badStory = tmp.resolve("story" + i);
            Path badRules = tmp.resolve("rules" + i + ".yaml");
            BadInputs.prepare(badStory, badRules);
            String message = bad.get(i).setup().write(badStory, badRules);
            EngineExecutionResults results = EngineTestKit.engine("factunit")
                    .selectors(selectDirectory(badStory.toFile()))
                    .configurationParameter("factunit.rules", badRules.toString())
                    .filters(TagFilter.includeTags(tags))
                    .execute();
            assertThat(onlyFailure(results)).as(bad.get(i).name()).isEqualTo(message);
        }
    }

    /** Without a filter the story's one test fails; the story itself passes, so the failure is counted once. */
    @Test
    void badInputIsOneFailedTestNamedAsTheStory() {
        EngineExecutionResults results = run();
        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(results.testEvents().failed().list().get(0).getTestDescriptor().getDisplayName()).isEqualTo("story");
        assertThat(results.testEvents().failed().list().get(0).getRequiredPayload(TestExecutionResult.class)
                .getThrowable().orElseThrow()).hasToString(story + ": no articles in this folder or its sub-folders"
                + " (looked for .txt, .md, .markdown, .html, .htm)");
    }

    /** As {@code --max-article-size} on the command line (BadInputCliTest), in the same syntax. */
    @Test
    void maxArticleSizeIsConfigurable() throws IOException {
        BadInputs.text(story, "a.txt", BadInputs.GOOD);
        Path two = BadInputs.text(story, "b.txt", "x".repeat(2048 - BadInputs.GOOD.length()) + BadInputs.GOOD);
        assertThat(onlyFailure(run(Map.of("factunit.maxArticleSize", "1KB"))))
                .isEqualTo(two + ": file is 2048 bytes, over the limit of 1024 bytes (factunit.maxArticleSize)");
        assertThat(onlyFailure(run(Map.of("factunit.maxArticleSize", "2047"))))
                .isEqualTo(two + ": file is 2048 bytes, over the limit of 2047 bytes (factunit.maxArticleSize)");
        run(Map.of("factunit.maxArticleSize", "2 kb")).testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
    }

    @Test
    void aMaxArticleSizeThatIsNoSizeFailsTheStoryNamingTheParameter() throws IOException {
        BadInputs.text(story, "a.txt", BadInputs.GOOD);
        BadInputs.text(story, "b.txt", BadInputs.GOOD);
        assertThat(onlyFailure(run(Map.of("factunit.maxArticleSize", "lots")))).isEqualTo("factunit.maxArticleSize:"
                + " 'lots' is not a size; write e.g. 5MB, 500KB or 1048576 (bytes)");
        assertThat(onlyFailure(run(Map.of("factunit.maxArticleSize", "2GB")))).isEqualTo("factunit.maxArticleSize:"
                + " '2GB' is out of range; the limit must be at least 1 byte and under 2 GB");
        assertThat(onlyFailure(run(Map.of("factunit.maxArticleSize", "0")))).isEqualTo("factunit.maxArticleSize:"
                + " '0' is out of range; the limit must be at least 1 byte and under 2 GB");
    }

    /** As the command line refuses an empty story folder (BadInputCliTest.emptyStoryFolder), with its message. */
    @Test
    void anEmptyStoryFolderFails() {
        assertThat(onlyFailure(run())).isEqualTo(story + ": no articles in this folder or its sub-folders"
                + " (looked for .txt, .md, .markdown, .html, .htm)");
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
