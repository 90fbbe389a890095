package io.factunit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format, written story by story, gives exactly the recorded report ({@code golden/} beside this
 * test): for the seeds, for the seeds followed by a story where nothing fails, and for no story. The files
 * were recorded when the streaming writers replaced the whole-document renderers and were the same bytes
 * as those renderers gave (also on a 10,000-article corpus, by {@code cmp}). A deliberate change of a
 * format re-records them: {@code mvn test -Dtest=StreamingReportsTest -Dfactunit.recordGolden=true}, then
 * review the diff.
 */
class StreamingReportsTest {
    /** Seeds under it are named relatively ("seeds/..."), the calm story by its temporary folder. */
    private static final ReportPaths PATHS = new ReportPaths(Path.of(".."));
    private static final Path GOLDEN = Path.of("src/test/resources/io/factunit/report/golden");
    private static final String TEMP = "<temp>";

    @TempDir
    static Path dir;
    static StoryReport seeds;
    static StoryReport nothingFails;

    @BeforeAll
    static void check() {
        seeds = ReportFixtures.seeds();
        nothingFails = ReportFixtures.check(dir, "calm", ReportFixtures.RULES, null, Map.of(
                "a.txt", "Israel released 240 Palestinian prisoners.",
                "b.txt", "Israel released 240 Palestinian prisoners."));
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("txt", new TextReport()),
                Arguments.of("json", new JsonReport()),
                Arguments.of("sarif", new SarifReport(PATHS)),
                Arguments.of("html", new HtmlReport(PATHS)),
                Arguments.of("github", new GithubReport(PATHS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void eachFormatWritesTheRecordedReport(String extension, ReportFormat format) throws IOException {
        assertThat(seeds.count(Status.FAILED)).isPositive();
        assertThat(nothingFails.count(Status.FAILED)).isZero();
        assertThat(nothingFails.count(Status.PASSED)).isPositive();

        assertMatchesGolden("seeds." + extension, streamed(format, List.of(seeds)));
        assertMatchesGolden("seeds-then-calm." + extension, streamed(format, List.of(seeds, nothingFails)));
        assertMatchesGolden("no-story." + extension, streamed(format, List.of()));
    }

    private static void assertMatchesGolden(String name, String report) throws IOException {
        // The calm story lives in a temporary folder: its path is the one part that differs between runs.
        String stable = report.replace(dir.toAbsolutePath().toString(), TEMP);
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("factunit.recordGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, stable, StandardCharsets.UTF_8);
        }
        assertThat(stable).as(name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
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
