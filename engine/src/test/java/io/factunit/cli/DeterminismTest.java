package io.factunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same story gives the same report, byte for byte: whatever order the files were created in (and so
 * listed in), whatever the default locale, and whatever the day. The day is varied through the time zone:
 * Pacific/Kiritimati (UTC+14) and Etc/GMT+12 (UTC-12) are always on different calendar days, so any use of
 * "today" in checking would show. The checker never writes into a story folder, and --output leaves
 * nothing but the report behind.
 */
@Timeout(300)
class DeterminismTest {
    private static final Path SEEDS = Path.of("../seeds");
    private static final Path RULES = Path.of("../rules/src/main/resources/factunit/rules");

    @TempDir
    Path tmp;
    Path story;
    Path out;
    private Locale locale;
    private TimeZone zone;

    @BeforeEach
    void remember() throws IOException {
        locale = Locale.getDefault();
        zone = TimeZone.getDefault();
        story = tmp.resolve("story");
        out = Files.createDirectories(tmp.resolve("out"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
    }

    @Test
    void sameBytesInAnyFileOrderLocaleAndDay() throws IOException {
        List<Path> seeds = seedFiles();
        Map<String, String> first = reports(seeds, "en-US", "UTC");

        List<Path> reversed = new ArrayList<>(seeds);
        Collections.reverse(reversed);
        assertThat(reports(reversed, "tr-TR", "Pacific/Kiritimati")).isEqualTo(first);

        List<Path> shuffled = new ArrayList<>(seeds);
        Collections.shuffle(shuffled, new Random(7));
        // Arabic (Egypt) formats numbers with Arabic-Indic digits; German with a decimal comma.
        assertThat(reports(shuffled, "ar-EG", "Etc/GMT+12")).isEqualTo(first);
        assertThat(reports(seeds, "de-DE", "America/St_Johns")).isEqualTo(first);

        // Not vacuous: the story has dated claims and contradictions in every format.
        assertThat(first.get("json")).contains("\"status\" : \"failed\"").contains("\"published\" : \"2024-02-01\"");
    }

    @Test
    void checkingNeverWritesIntoTheStoryFolder() throws IOException {
        copy(seedFiles());
        Map<String, String> before = snapshot(story);
        CliRun run = CliRun.of("check", story.toString(), "--rules", RULES.toString(), "--format", "json",
                "--output", out.resolve("report.json").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(snapshot(story)).isEqualTo(before);

        // Asked to, it refuses: a report.html in the folder would be read as an article on the next run.
        Path inside = story.resolve("report.html");
        CliRun refused = CliRun.of("check", story.toString(), "--rules", RULES.toString(), "--format", "html",
                "--output", inside.toString());
        assertThat(refused.err()).isEqualTo("factunit: --output " + inside + ": is inside the story folder " + story
                + "; write reports elsewhere (the checker never writes into story folders)" + System.lineSeparator());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(snapshot(story)).isEqualTo(before);
    }

    @Test
    void outputIsWrittenWholeAndLeavesNoTemporaryFile() throws IOException {
        copy(seedFiles());
        Path report = out.resolve("report.json");
        Files.writeString(report, "an older report");
        CliRun run = CliRun.of("check", story.toString(), "--rules", RULES.toString(), "--format", "json",
                "--output", report.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).startsWith("{").endsWith("}\n");
        assertThat(names(out)).containsExactly("report.json");

        // A run that fails on bad input leaves no temporary file either, and no half report.
        Files.write(story.resolve("zz.txt"), new byte[] {'a', 0});
        assertThat(CliRun.of("check", story.toString(), "--rules", RULES.toString(), "--output", report.toString())
                .exit()).isEqualTo(2);
        assertThat(names(out)).containsExactly("report.json");
        assertThat(Files.readString(report)).startsWith("{").endsWith("}\n");
    }

    @Test
    void anOutputFolderThatIsMissingIsBadUsageNotAnInternalError() throws IOException {
        copy(seedFiles());
        Path report = tmp.resolve("no-such-folder/report.json");
        CliRun run = CliRun.of("check", story.toString(), "--rules", RULES.toString(), "--output", report.toString());
        assertThat(run.err()).isEqualTo("factunit: --output " + report + ": the folder " + report.getParent()
                + " does not exist" + System.lineSeparator());
        assertThat(run.exit()).isEqualTo(2);
    }

    /** The report in each format, made in a fresh copy of the story written in the given order. */
    private Map<String, String> reports(List<Path> order, String languageTag, String timeZone) throws IOException {
        Locale.setDefault(Locale.forLanguageTag(languageTag));
        TimeZone.setDefault(TimeZone.getTimeZone(timeZone));
        copy(order);
        Map<String, String> reports = new TreeMap<>();
        for (String format : List.of("json", "text", "sarif", "html")) {
            Path report = out.resolve("report." + format);
            CliRun run = CliRun.of("check", story.toString(), "--rules", RULES.toString(), "--format", format,
                    "--output", report.toString());
            assertThat(run.exit()).as(format + " in " + languageTag + ": " + run.err()).isEqualTo(1);
            reports.put(format, Files.readString(report));
        }
        return reports;
    }

    private void copy(List<Path> order) throws IOException {
        if (Files.exists(story)) {
            try (Stream<Path> files = Files.list(story)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(story);
        }
        Files.createDirectories(story);
        for (Path file : order) {
            Files.copy(file, story.resolve(file.getFileName().toString()));
        }
    }

    private static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<Path> seeds = files.sorted().toList();
            assertThat(seeds).hasSizeGreaterThan(2);
            return seeds;
        }
    }

    /** Every entry of a folder with its size, modification time and content, and the folder's own mtime. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        entries.put(".", Files.getLastModifiedTime(dir).toString());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                entries.put(file.getFileName().toString(), attributes.size() + " " + attributes.lastModifiedTime()
                        + " " + Files.readString(file).hashCode());
            }
        }
        return entries;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
