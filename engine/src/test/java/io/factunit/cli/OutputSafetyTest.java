package io.factunit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.factunit.BadInputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * --output writes only a regular file outside every story folder and input, with the umask's permissions,
 * and leaves no temporary file anywhere, also when the run fails or is stopped.
 */
@Timeout(120)
class OutputSafetyTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path tmp;
    Path story;
    Path rules;
    Path out;

    @BeforeEach
    void story() throws IOException {
        story = Files.createDirectories(tmp.resolve("story"));
        rules = Files.writeString(tmp.resolve("rules.yaml"), BadInputs.RULES);
        out = Files.createDirectories(tmp.resolve("out"));
        BadInputs.text(story, "a.txt", BadInputs.GOOD);
        BadInputs.text(story, "b.txt", BadInputs.GOOD.replace("240", "250"));
    }

    private CliRun check(String output, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("check", story.toString(), "--rules", rules.toString(),
                "--output", output));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static void refused(CliRun run, String message) {
        assertThat(run.err()).isEqualTo("factunit: " + message + NL);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anAliasOfTheStoryFolderDoesNotLetTheReportReplaceAnArticle() throws IOException {
        Path alias = Files.createSymbolicLink(tmp.resolve("alias"), story);
        String target = alias.resolve("a.txt").toString();
        refused(check(target), "--output " + target + ": is inside the story folder " + story
                + "; write reports elsewhere (the checker never writes into story folders)");
        assertThat(Files.readString(story.resolve("a.txt"))).isEqualTo(BadInputs.GOOD);
    }

    @Test
    void aLinkAtTheTargetIsRefusedAndKept() throws IOException {
        Path elsewhere = Files.writeString(tmp.resolve("elsewhere.txt"), "keep me");
        Path link = Files.createSymbolicLink(out.resolve("report.txt"), elsewhere);
        refused(check(link.toString()), "--output " + link + ": is a symbolic link; name the file itself (the report"
                + " would replace the link)");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(elsewhere)).isEqualTo("keep me");
    }

    @Test
    void devicesAndPipesAreNeverReplaced() throws IOException {
        refused(check("/dev/null"), "--output /dev/null: is a device; reports are written only to regular files"
                + " (leave --output out to write to stdout)");
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        Path fifo = BadInputs.fifo(out.resolve("pipe"));
        refused(check(fifo.toString()), "--output " + fifo + ": is a named pipe (FIFO); reports are written only to"
                + " regular files (leave --output out to write to stdout)");
    }

    @Test
    void theRuleFileAndTheBaselineAreInputsNotTargets() throws IOException {
        refused(check(rules.toString()), "--output " + rules + ": would replace the input " + rules
                + "; name another file");
        Path baseline = Files.writeString(tmp.resolve("baseline.yaml"), "accepted: []\n");
        refused(check(baseline.toString(), "--baseline", baseline.toString()), "--output " + baseline
                + ": would replace the input " + baseline + "; name another file");
        assertThat(Files.readString(rules)).isEqualTo(BadInputs.RULES);
    }

    /** Files.createTempFile makes 0600 files; a report is for others to read, as the umask allows. */
    @Test
    void theReportHasThePermissionsTheUmaskGives() throws IOException {
        Path control = out.resolve("control");
        Files.newOutputStream(control).close();
        Set<PosixFilePermission> umaskGives = Files.getPosixFilePermissions(control);
        Path report = out.resolve("report.json");
        assertThat(check(report.toString(), "-f", "json").exit()).isEqualTo(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .isEqualTo(PosixFilePermissions.toString(umaskGives));
    }

    @Test
    void aFolderThatCannotBeWrittenIsOneLine() throws IOException {
        assumeThat(System.getProperty("user.name")).as("root may write anywhere").isNotEqualTo("root");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            refused(check(out.resolve("r.txt").toString()), "--output " + out.resolve("r.txt")
                    + ": cannot write in the folder " + out + " (permission denied)");
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** A full disk or a folder taken away meanwhile is the user's to fix: one line, exit 2, no "internal error". */
    @Test
    void aWriteThatFailsIsOneLine() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine("check");
        cli.setErr(new PrintWriter(err, true));
        CommandLine.ParseResult parsed = cli.parseArgs("check", "story");
        int exit = new ErrorHandler().handleExecutionException(new UncheckedIOException(new FileSystemException(
                "/out/.factunit-1.tmp", null, "No space left on device")), cli, parsed);
        assertThat(exit).isEqualTo(2);
        assertThat(err).hasToString("factunit: /out/.factunit-1.tmp: no space left on device" + NL);
    }

    /**
     * Stopped with SIGTERM mid-run, the checker leaves nothing behind: its temporary files are beside the
     * report (none in the system's temporary folder), and a shutdown hook deletes them.
     */
    @Test
    void aStoppedRunLeavesNoTemporaryFile() throws Exception {
        Path stories = Files.createDirectories(tmp.resolve("stories"));
        for (int i = 0; i < 150; i++) {
            Path dir = Files.createDirectories(stories.resolve(String.format("s%03d", i)));
            BadInputs.text(dir, "a.txt", BadInputs.GOOD);
            BadInputs.text(dir, "b.txt", BadInputs.GOOD.replace("240", "250"));
        }
        Path systemTemp = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> tempBefore = names(systemTemp, "factunit-");
        Process child = ChildCli.start(Map.of(), tmp.resolve("stdout"), "check", stories.toString(), "--rules",
                rules.toString(), "-f", "html", "--threads", "1", "-o", out.resolve("report.html").toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (names(out, ".factunit-").size() < 3 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        // the report and its two waiting parts, all beside the target
        assertThat(names(out, ".factunit-")).as("temporary files while running").hasSize(3);
        assertThat(names(systemTemp, "factunit-")).isEqualTo(tempBefore);
        child.destroy(); // SIGTERM
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(names(out, "")).isEmpty();
        assertThat(names(systemTemp, "factunit-")).isEqualTo(tempBefore);
    }

    private static List<String> names(Path dir, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        }
    }
}
