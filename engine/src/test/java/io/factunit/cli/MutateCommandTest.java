package io.factunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.report.TempFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code factunit mutate} on a small story: what it reports, that it leaves nothing behind, and that it repeats. */
@Timeout(300)
class MutateCommandTest {
    private static final Path MILLBROOK = Path.of("src/test/resources/io/factunit/mutate/millbrook");
    private static final String RULES = "../rules/src/main/resources/factunit/rules";

    @TempDir
    Path tmp;
    Path story;

    @BeforeEach
    void copyTheStory() throws IOException {
        story = Files.createDirectories(tmp.resolve("millbrook"));
        for (String name : List.of("001.txt", "002.txt", "story.yaml")) {
            Files.copy(MILLBROOK.resolve(name), story.resolve(name));
        }
    }

    @Test
    void thePackCatchesTheChangedFiguresDateSpellingAndQuoteAndMissesTheYear() {
        CliRun run = CliRun.of("mutate", story.toString(), "--rules", RULES);
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().replace(story.toString(), "STORY")).isEqualTo("""
                Mutation test of 1 story: seed 1, at most 5 plants per kind and story

                kind      planted   caught caught %
                figure          2        2    100.0
                year            1        0      0.0
                date            1        1    100.0
                name            1        1    100.0
                quote           1        1    100.0
                all             6        5     83.3

                Missed (1):
                  year   STORY/002.txt:4:24  "1998" -> "2001"  in "opened in 1998 and employed" (2 articles)

                Failures on the untouched stories (0):
                """);
    }

    @Test
    void theCopiesAreRemovedAndTheOriginalsUntouched() throws IOException {
        Map<String, byte[]> before = files(story);
        List<Path> tempBefore = mutateFolders();
        CliRun run = CliRun.of("mutate", story.toString(), "--rules", RULES);
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        Map<String, byte[]> after = files(story);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(mutateFolders()).isEqualTo(tempBefore);
        assertThat(TempFiles.liveFolders()).isEmpty();
    }

    @Test
    void aStoryThatCannotBeReadStopsTheRunAndStillRemovesTheCopies() throws IOException {
        Path broken = Files.createDirectories(tmp.resolve("zz-broken"));
        Files.write(broken.resolve("001.txt"), new byte[] {'a', ' ', (byte) 0xC3, '\n'});
        Files.writeString(broken.resolve("002.txt"), "Text.\n");
        List<Path> tempBefore = mutateFolders();
        CliRun run = CliRun.of("mutate", story.toString(), broken.toString(), "--rules", RULES);
        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("factunit: " + broken.resolve("001.txt")).doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
        assertThat(mutateFolders()).isEqualTo(tempBefore);
        assertThat(TempFiles.liveFolders()).isEmpty();
    }

    /** Stopped with SIGTERM while story copies are being checked, the run leaves no copy behind. */
    @Test
    void aStoppedRunLeavesNoCopy() throws Exception {
        Path stories = Files.createDirectories(tmp.resolve("stories"));
        for (int i = 0; i < 60; i++) {
            Path dir = Files.createDirectories(stories.resolve(String.format("s%03d", i)));
            for (Path file : Files.list(story).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        List<Path> tempBefore = mutateFolders();
        Process child = ChildCli.start(Map.of(), tmp.resolve("stdout"), "mutate", stories.toString(), "--rules", RULES,
                "--threads", "1");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        List<Path> copies = List.of();
        while (copies.isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
            copies = mutateFolders().stream().filter(f -> !tempBefore.contains(f)).filter(MutateCommandTest::holdsACopy)
                    .toList();
        }
        assertThat(copies).as("a story copy while running").hasSize(1);
        child.destroy(); // SIGTERM
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(mutateFolders()).isEqualTo(tempBefore);
    }

    private static boolean holdsACopy(Path folder) {
        try (Stream<Path> tree = Files.walk(folder)) {
            return tree.anyMatch(p -> p.getFileName().toString().equals("001.txt"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false; // deleted meanwhile
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherPlants() {
        CliRun first = CliRun.of("mutate", story.toString(), "--rules", RULES, "--format", "json", "--threads", "1");
        CliRun second = CliRun.of("mutate", story.toString(), "--rules", RULES, "--format", "json", "--threads", "2");
        CliRun other = CliRun.of("mutate", story.toString(), "--rules", RULES, "--format", "json", "--seed", "2");
        assertThat(first.exit()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(other.out()).contains("\"seed\" : 2").isNotEqualTo(first.out().replace("\"seed\" : 1", "\"seed\" : 2"));
    }

    @Test
    void kindsAndLimitChooseWhatIsPlanted() {
        CliRun run = CliRun.of("mutate", story.toString(), "--rules", RULES, "--kinds", "figure,name",
                "--max-per-story", "1", "--format", "json");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("""
                  "kinds" : [ {
                    "kind" : "figure",
                    "planted" : 1,
                """).doesNotContain("\"kind\" : \"year\"", "\"kind\" : \"quote\"");
        assertThat(run.out().split("\"before\"", -1)).hasSize(3);
    }

    @Test
    void theReportGoesToTheOutputFile() throws IOException {
        Path report = tmp.resolve("mutants.json");
        CliRun run = CliRun.of("mutate", story.toString(), "--rules", RULES, "--format", "json", "-o", report.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).startsWith("{\n  \"seed\" : 1,\n").contains("\"caughtBy\" : \"people-killed-agree\"");
    }

    @Test
    void badUsageIsOneLineAndExitTwo() {
        assertThat(CliRun.of("mutate", story.toString(), "--rules", RULES, "--kinds", "figure,colour").err())
                .isEqualTo("factunit: --kinds: unknown kind 'colour'; expected figure, year, date, name or quote\n");
        assertThat(CliRun.of("mutate", story.toString(), "--rules", RULES, "--max-per-story", "0").err())
                .isEqualTo("factunit: --max-per-story must be at least 1, not 0\n");
        assertThat(CliRun.of("mutate", story.toString(), "--rules", RULES, "--format", "sarif").exit())
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of("mutate", tmp.resolve("none").toString(), "--rules", RULES).exit())
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.of("mutate", story.toString(), "--rules", RULES, "-o", story.resolve("x.txt").toString()).err())
                .contains("inside the story folder");
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static List<Path> mutateFolders() throws IOException {
        try (Stream<Path> list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.filter(p -> p.getFileName().toString().startsWith("factunit-mutate-")).sorted().toList();
        }
    }
}
