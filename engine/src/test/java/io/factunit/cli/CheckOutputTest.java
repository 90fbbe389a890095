package io.factunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.BadInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report is written story by story into a temporary file and published only when every story is in:
 * stdout and --output get the same bytes, and bad input in a later story, after the first story's part was
 * written, still leaves stdout empty and no report file.
 */
@Timeout(120)
class CheckOutputTest {
    @TempDir
    Path tmp;
    Path stories;
    Path rules;
    Path out;

    @BeforeEach
    void twoStories() throws IOException {
        stories = tmp.resolve("stories");
        rules = Files.writeString(tmp.resolve("rules.yaml"), BadInputs.RULES);
        out = Files.createDirectories(tmp.resolve("out"));
        Files.createDirectories(stories.resolve("1-release"));
        Files.createDirectories(stories.resolve("2-release"));
        BadInputs.text(stories.resolve("1-release"), "a.txt", BadInputs.GOOD);
        BadInputs.text(stories.resolve("1-release"), "b.txt", BadInputs.GOOD.replace("240", "250"));
        BadInputs.text(stories.resolve("2-release"), "a.txt", BadInputs.GOOD);
        BadInputs.text(stories.resolve("2-release"), "b.txt", BadInputs.GOOD);
    }

    @Test
    void stdoutAndOutputFileGetTheSameReport() throws IOException {
        for (String format : new String[] {"text", "json", "sarif", "html", "github"}) {
            CliRun printed = CliRun.of("check", stories.toString(), "--rules", rules.toString(), "-f", format);
            Path file = out.resolve("report." + format);
            CliRun written = CliRun.of("check", stories.toString(), "--rules", rules.toString(), "-f", format,
                    "-o", file.toString());
            assertThat(printed.exit()).as(format + ": " + printed.err()).isEqualTo(1);
            assertThat(written.exit()).isEqualTo(1);
            assertThat(written.out()).isEmpty();
            assertThat(printed.out()).as(format).isEqualTo(Files.readString(file)).contains("1-release");
        }
        assertThat(names(out)).containsExactly("report.github", "report.html", "report.json", "report.sarif",
                "report.text");
    }

    @Test
    void badInputInALaterStoryLeavesStdoutEmptyAndNoReport() throws IOException {
        Path binary = BadInputs.bytes(stories.resolve("2-release"), "c.txt", new byte[] {'a', 0});
        String message = "factunit: " + binary + ": binary file, not text (contains NUL bytes); articles must be"
                + " UTF-8 text, or UTF-16 with a byte-order mark" + System.lineSeparator();

        CliRun printed = CliRun.of("check", stories.toString(), "--rules", rules.toString(), "-f", "json");
        assertThat(printed.err()).isEqualTo(message);
        assertThat(printed.exit()).isEqualTo(2);
        assertThat(printed.out()).isEmpty();

        CliRun written = CliRun.of("check", stories.toString(), "--rules", rules.toString(), "-f", "json",
                "-o", out.resolve("report.json").toString());
        assertThat(written.exit()).isEqualTo(2);
        assertThat(names(out)).isEmpty();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
