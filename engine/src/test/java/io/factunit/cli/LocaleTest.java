package io.factunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.BadInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line under a C locale (LANG unset, LC_ALL=C: common in containers and CI), in a JVM of its
 * own, since the locale is read when a JVM starts.
 */
@Timeout(120)
class LocaleTest {
    @TempDir
    Path tmp;
    Path story;
    Path rules;

    @BeforeEach
    void story() throws IOException {
        story = Files.createDirectories(tmp.resolve("story"));
        rules = Files.writeString(tmp.resolve("rules.yaml"), BadInputs.RULES);
        BadInputs.text(story, "a.txt", "Zoë Müller said Israel released 240 Palestinian prisoners.\n");
        BadInputs.text(story, "b.txt", BadInputs.GOOD.replace("240", "250"));
    }

    private static Map<String, String> cLocale() {
        Map<String, String> env = new HashMap<>();
        env.put("LANG", null);
        env.put("LC_CTYPE", null);
        env.put("LC_ALL", "C");
        return env;
    }

    /** The JVM's own stdout would turn every non-ASCII letter into '?'. */
    @Test
    void theReportIsUtf8WhateverTheLocale() throws Exception {
        Path stdout = tmp.resolve("stdout");
        Process child = ChildCli.start(cLocale(), stdout, "check", story.toString(), "--rules", rules.toString());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(1);
        assertThat(Files.readString(stdout, StandardCharsets.UTF_8)).contains("\"Zoë Müller said Israel released");
    }

    /**
     * Such a JVM cannot even decode a non-ASCII argument: no Java code can open "Zürich" then, so the message
     * says what will (the factunit script sets a UTF-8 locale itself).
     */
    @Test
    void aNonAsciiFolderUnderACLocaleSaysWhatToDo() throws Exception {
        Path zurich = Files.move(story, tmp.resolve("Zürich"));
        Path stdout = tmp.resolve("stdout");
        Process child = ChildCli.start(cLocale(), stdout, "check", zurich.toString(), "--rules", rules.toString());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(2);
        assertThat(Files.readString(stdout)).isEmpty();
        assertThat(Files.readString(tmp.resolve("stdout.err"), StandardCharsets.UTF_8))
                .matches("factunit: cannot use the path '" + tmp + "/Z.+rich': it cannot be a file name while the JVM"
                        + " reads file names as US-ASCII; run it with a UTF-8 locale \\(LC_ALL=C.UTF-8\\)\\R");
    }

    /** Inside an ASCII folder, story.yaml may still name a file this JVM cannot encode: one line, not a trace. */
    @Test
    void aManifestNamingANonAsciiFileUnderACLocaleSaysWhatToDo() throws Exception {
        BadInputs.text(story, "erklärung.txt", BadInputs.GOOD);
        Path yaml = BadInputs.text(story, "story.yaml", "articles:\n  - file: erklärung.txt\n");
        Path stdout = tmp.resolve("stdout");
        Process child = ChildCli.start(cLocale(), stdout, "check", story.toString(), "--rules", rules.toString());
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("stdout.err"), StandardCharsets.UTF_8)).isEqualTo("factunit: " + yaml
                + ":2:11: 'file' cannot be a file name while the JVM reads file names as US-ASCII; run it with a"
                + " UTF-8 locale (LC_ALL=C.UTF-8): 'erklärung.txt'" + System.lineSeparator());
    }
}
