package io.factunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.BadInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input through the command line: exit 2 and one line naming file, line and column; never a stack trace. */
@Timeout(120)
class BadInputCliTest {
    private static final String NL = System.lineSeparator();

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

    private CliRun check(String... more) {
        String[] args = new String[more.length + 4];
        args[0] = "check";
        args[1] = story.toString();
        args[2] = "--rules";
        args[3] = rules.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    private static void badInput(CliRun run, String message) {
        assertThat(run.err()).isEqualTo("factunit: " + message + NL);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsOneLineAndExitCodeTwo(BadInputs.Case bad) throws IOException {
        String message = bad.setup().write(story, rules).replace(BadInputs.ARTICLE_LIMIT, LoadLimits.OPTION);
        badInput(check(), message);
    }

    @Test
    void emptyStoryFolder() {
        badInput(check(), story + ": no articles in this folder or its sub-folders"
                + " (looked for .txt, .md, .markdown, .html, .htm)");
    }

    @Test
    void missingStoryFolder() {
        story = tmp.resolve("nope");
        badInput(check(), story + ": not a folder of articles");
    }

    @Test
    void oneArticleIsNotAnErrorButSaysThereIsNothingToCompare() throws IOException {
        BadInputs.text(story, "a.txt", BadInputs.GOOD);
        CliRun run = check();
        assertThat(run.err()).isEqualTo("factunit: only one article in " + story + ": nothing to compare" + NL);
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("  skipped ").doesNotContain("  passed ").doesNotContain("  FAILED ")
                .endsWith("0 passed, 0 failed, 1 skipped" + NL);
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAndPositionsCountCharacters() throws IOException {
        BadInputs.bytes(story, "a.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Cairo\nIsrael released 240 Palestinian prisoners.\n".getBytes(StandardCharsets.UTF_16LE)));
        BadInputs.bytes(story, "b.txt", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "Israel released 250 Palestinian prisoners.\n".getBytes(StandardCharsets.UTF_16BE)));
        CliRun run = check();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("240 at " + story.resolve("a.txt") + ":2:17")
                .contains("250 at " + story.resolve("b.txt") + ":1:17");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void figuresInScriptsNeverBecomeClaims() throws IOException {
        BadInputs.text(story, "a.txt", BadInputs.GOOD);
        BadInputs.text(story, "b.html", "<html><head><script>var x = 'Israel released 999 prisoners.';</script></head>"
                + "<body><script>track('Israel released 998 prisoners.')</script>"
                + "<article><p>Israel released 240 Palestinian prisoners.</p></article></body></html>");
        CliRun run = check();
        // one claim per article: the figures in the scripts were never read
        assertThat(run.out()).contains("(2 articles, 2 claims)").contains("passed  prisoners-agree: 240 in 2 articles");
        assertThat(run.exit()).isZero();
    }

    @Test
    void maxArticleSizeIsConfigurable() throws IOException {
        BadInputs.text(story, "a.txt", BadInputs.GOOD);
        Path two = BadInputs.text(story, "b.txt", "x".repeat(2048 - BadInputs.GOOD.length()) + BadInputs.GOOD);
        badInput(check("--max-article-size", "1KB"),
                two + ": file is 2048 bytes, over the limit of 1024 bytes (--max-article-size)");
        CliRun raised = check("--max-article-size", "2 kb");
        assertThat(raised.exit()).isZero();
        assertThat(raised.out()).contains("passed  prisoners-agree: 240 in 2 articles");
        badInput(CliRun.of("claims", story.toString(), "--rules", rules.toString(), "--max-article-size", "2047"),
                two + ": file is 2048 bytes, over the limit of 2047 bytes (--max-article-size)");
    }

    @Test
    void maxArticleSizeMustBeASizeUnderTwoGigabytes() {
        CliRun words = check("--max-article-size", "lots");
        assertThat(words.err()).startsWith("factunit: Invalid value for option '--max-article-size': 'lots' is not"
                + " a size; write e.g. 5MB, 500KB or 1048576 (bytes)" + NL);
        assertThat(words.exit()).isEqualTo(2);
        CliRun huge = check("--max-article-size", "2GB");
        assertThat(huge.err()).startsWith("factunit: Invalid value for option '--max-article-size': '2GB' is out of"
                + " range; the limit must be at least 1 byte and under 2 GB" + NL);
        assertThat(check("--max-article-size", "0").exit()).isEqualTo(2);
    }

    /**
     * Java's regex engine recurses once per repetition of (.|\s): on a 1,500-character sentence that overflowed
     * a worker thread's stack (a StackOverflowError trace, exit 1). Every sentence fits now.
     */
    @Test
    void aPatternThatRecursesPerCharacterWorksOnLongSentences() throws IOException {
        String more = ", and more".repeat(150) + ".\n";
        BadInputs.text(story, "a.txt", "Israel released 240 Palestinian prisoners" + more);
        BadInputs.text(story, "b.txt", "Israel released 250 Palestinian prisoners" + more);
        Files.writeString(rules, BadInputs.RULES.replace("    verb: release", "    verb: release\n"
                + "    pattern: '(.|\\s)*more\\.'"));
        CliRun run = check("--threads", "2");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("240 at " + story.resolve("a.txt") + ":1:17")
                .contains("250 at " + story.resolve("b.txt") + ":1:17");
    }

    @Test
    void threadsAreBounded() throws IOException {
        BadInputs.text(story, "a.txt", BadInputs.GOOD);
        BadInputs.text(story, "b.txt", BadInputs.GOOD);
        badInput(check("--threads", "100000"), "--threads must be between 1 and 1024, not 100000");
        badInput(check("--threads", "0"), "--threads must be between 1 and 1024, not 0");
    }

    @Test
    void aBaselineThatIsAPipeOrHugeIsRefusedBeforeReading() throws IOException {
        BadInputs.text(story, "a.txt", BadInputs.GOOD);
        BadInputs.text(story, "b.txt", BadInputs.GOOD);
        Path pipe = BadInputs.fifo(tmp.resolve("baseline.yaml"));
        badInput(check("--baseline", pipe.toString()), pipe + ": a named pipe (FIFO), not a baseline file");
        Path huge = tmp.resolve("huge.yaml");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(1L << 30); // sparse: a gigabyte that costs no disk
        }
        badInput(check("--baseline", huge.toString()), huge + ": file is 1073741824 bytes; baseline files are limited"
                + " to 1000000 characters");
    }

    @Test
    void nonAsciiFolderAndFileNamesWork() throws IOException {
        Path zurich = Files.createDirectories(tmp.resolve("Zürich"));
        story = zurich;
        BadInputs.text(zurich, "erklärung.txt", BadInputs.GOOD);
        BadInputs.text(zurich, "b.txt", BadInputs.GOOD.replace("240", "250"));
        BadInputs.text(zurich, "story.yaml", "articles:\n  - file: erklärung.txt\n    source: Zeitung\n");
        CliRun run = check();
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("240 at " + zurich.resolve("erklärung.txt") + ":1:17");
    }

    private static byte[] withBom(byte[] bom, byte[] text) {
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        return all;
    }
}
