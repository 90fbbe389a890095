package io.factunit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.article.StoryLoader;
import io.factunit.bench.CorpusGenerator;
import io.factunit.check.Baseline;
import io.factunit.check.RuleCompiler;
import io.factunit.check.StageTimer;
import io.factunit.check.Status;
import io.factunit.check.StoryChecker;
import io.factunit.check.StoryReport;
import io.factunit.check.StoryRunner;
import io.factunit.mention.MentionFinders;
import io.factunit.rules.RuleSetLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format written story by story gives the same bytes as the whole-document renderer it replaced
 * ({@link WholeDocumentReport}): on the seeds, on a generated corpus of 60 articles, on each of its stories
 * alone, on a story where nothing fails, and on no stories at all.
 */
@Timeout(300)
class StreamingReportsTest {
    /** Seeds under it are named relatively ("seeds/..."), the generated corpus in the temp folder absolutely. */
    private static final ReportPaths PATHS = new ReportPaths(Path.of(".."));

    @TempDir
    static Path dir;
    static StoryReport seeds;
    static StoryReport nothingFails;
    static List<StoryReport> corpus;

    @BeforeAll
    static void check() {
        seeds = ReportFixtures.seeds();
        nothingFails = ReportFixtures.check(dir, "calm", ReportFixtures.RULES, null, Map.of(
                "a.txt", "Israel released 240 Palestinian prisoners.",
                "b.txt", "Israel released 240 Palestinian prisoners."));
        List<Path> stories = CorpusGenerator.fromSeeds(Path.of("../seeds")).generate(11, 60, dir.resolve("corpus"))
                .stories();
        StoryChecker checker = new StoryChecker(RuleCompiler.compile(new RuleSetLoader()
                .load(List.of(Path.of("../rules/src/main/resources/factunit/rules")))), MentionFinders.standard(),
                Baseline.NONE);
        corpus = new ArrayList<>();
        new StoryRunner(checker, new StoryLoader(), 2).run(stories, StageTimer.NONE, corpus::add);
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("text", new TextReport(), new WholeDocumentTextReport()),
                Arguments.of("json", new JsonReport(), new WholeDocumentJsonReport()),
                Arguments.of("sarif", new SarifReport(PATHS), new WholeDocumentSarifReport(PATHS)),
                Arguments.of("html", new HtmlReport(PATHS), new WholeDocumentHtmlReport(PATHS)),
                Arguments.of("github", new GithubReport(PATHS), new WholeDocumentGithubReport(PATHS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void sameBytesAsTheWholeDocument(String name, ReportFormat format, WholeDocumentReport wholeDocument)
            throws IOException {
        assertThat(corpus).hasSizeGreaterThan(5);
        assertThat(corpus.stream().mapToLong(story -> story.count(Status.FAILED)).sum()).isPositive();
        assertThat(corpus.stream().mapToLong(story -> story.count(Status.PASSED)).sum()).isPositive();
        assertThat(nothingFails.count(Status.FAILED)).isZero();
        assertThat(nothingFails.count(Status.PASSED)).isPositive();

        List<List<StoryReport>> inputs = new ArrayList<>();
        inputs.add(List.of(seeds));
        inputs.add(corpus);
        inputs.add(List.of(nothingFails));
        inputs.add(List.of());
        corpus.forEach(story -> inputs.add(List.of(story)));
        for (List<StoryReport> stories : inputs) {
            String expected = wholeDocument.render(stories);
            assertThat(streamed(format, stories)).as(name + " of " + stories.size() + " stories").isEqualTo(expected);
        }
    }

    /** Through the writer, as the command line uses it. */
    private static String streamed(ReportFormat format, List<StoryReport> stories) throws IOException {
        StringWriter out = new StringWriter();
        try (ReportWriter writer = format.writer(out)) {
            for (StoryReport story : stories) {
                writer.story(story);
            }
            writer.finish();
        }
        return out.toString();
    }
}
