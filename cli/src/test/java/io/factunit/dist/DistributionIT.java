package io.factunit.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a newsroom uses it outside this repository: the packaged jar alone ({@code java -jar}) on a
 * copy of the seeds in a temporary folder, and the GitHub Action's check step (action.yml) run as the runner would
 * run it. Bound to the verify phase (failsafe): it needs the shaded jar.
 */
class DistributionIT {
    static final Path ROOT = Path.of(System.getProperty("factunit.root", "..")).toAbsolutePath().normalize();
    static final Path JAR = Path.of(System.getProperty("factunit.jar", "target/factunit.jar")).toAbsolutePath();
    static final Path JAVA_BIN = Path.of(System.getProperty("java.home"), "bin");
    static final String SPELLING = "::error file=stories/seeds/002_36b8f96a3ff872cc.txt,line=19,col=78,title=a name must"
            + " be spelled the same everywhere::\"Hossein Amirabdollahian\" (001_da2c65fc36121cf0) vs \"Hossein"
            + " Amir-Abdolahian\" (002_36b8f96a3ff872cc)";

    @TempDir
    Path newsroom;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void copySeeds() throws IOException {
        Path seeds = Files.createDirectories(newsroom.resolve("stories/seeds"));
        try (Stream<Path> files = Files.list(ROOT.resolve("seeds"))) {
            for (Path file : files.sorted().toList()) {
                Files.copy(file, seeds.resolve(file.getFileName().toString()));
            }
        }
    }

    private Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("factunit-out", ".txt");
        Path err = Files.createTempFile("factunit-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(newsroom.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(env);
            // the action's script calls `java` as the runner's PATH has it: this build's own Java first
            builder.environment().put("PATH", JAVA_BIN + java.io.File.pathSeparator + System.getenv("PATH"));
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " took over 2 minutes");
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    @Test
    void theJarAloneChecksTheSeedsQuietly() throws Exception {
        Run run = run(Map.of(), JAVA_BIN.resolve("java").toString(), "-jar", JAR.toString(), "check", "stories");
        assertThat(run.err()).as("no SLF4J or other warning").isEmpty();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("Story stories/seeds (5 articles, 115 claims)\n"
                        + "  FAILED [warning] hostages-released-agree: at least 100 vs 105: consistent only under the"
                        + " open reading; review\n")
                .contains("  FAILED [error] name-spelling: \"Hossein Amirabdollahian\" (001_da2c65fc36121cf0) vs"
                        + " \"Hossein Amir-Abdolahian\" (002_36b8f96a3ff872cc)\n")
                .endsWith("\n17 passed, 2 failed, 55 skipped\n");
    }

    @Test
    void theActionsCheckStepAnnotatesAndWritesSarif() throws Exception {
        JsonNode action = new YAMLMapper().readTree(ROOT.resolve("action.yml").toFile());
        JsonNode build = step(action, "build");
        assertThat(build.get("run").asText()).contains("-pl cli -am package -Dmaven.test.skip=true",
                "echo \"jar=$FACTUNIT_SOURCE/cli/target/factunit.jar\" >> \"$GITHUB_OUTPUT\"");
        assertThat(JAR).isEqualTo(ROOT.resolve("cli/target/factunit.jar"));

        JsonNode check = step(action, "check");
        Map<String, String> env = new HashMap<>();
        check.get("env").fieldNames().forEachRemaining(name -> env.put(name, ""));
        assertThat(env).containsOnlyKeys("FACTUNIT_JAR", "FACTUNIT_STORIES", "FACTUNIT_FORMAT", "FACTUNIT_FAIL_ON",
                "FACTUNIT_RULES", "FACTUNIT_NO_DEFAULT_RULES", "FACTUNIT_BASELINE", "FACTUNIT_SARIF");
        env.putAll(Map.of("FACTUNIT_JAR", JAR.toString(), "FACTUNIT_STORIES", "stories", "FACTUNIT_FORMAT", "github",
                "FACTUNIT_FAIL_ON", "error", "FACTUNIT_NO_DEFAULT_RULES", "false", "FACTUNIT_SARIF", "facts.sarif"));
        Run run = run(env, "bash", "-c", check.get("run").asText());

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().split("\n")).contains(SPELLING).endsWith("17 passed, 2 failed, 55 skipped");
        JsonNode sarif = new ObjectMapper().readTree(newsroom.resolve("facts.sarif").toFile());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        List<String> rules = new ArrayList<>();
        sarif.get("runs").get(0).get("results").forEach(result -> rules.add(result.get("ruleId").asText()));
        assertThat(rules).containsExactly("hostages-released-agree", "name-spelling");
    }

    @Test
    void theActionAddsADesksRulesToThePack() throws Exception {
        Files.writeString(newsroom.resolve("desk.yaml"), """
                claims:
                  - id: truce-days
                    title: truce length
                    mention: duration
                    head: [truce]
                checks:
                  - id: truce-days-agree
                    title: truce lengths must match
                    kind: agree
                    claim: truce-days
                """);
        JsonNode check = step(new YAMLMapper().readTree(ROOT.resolve("action.yml").toFile()), "check");
        Map<String, String> env = Map.of("FACTUNIT_JAR", JAR.toString(), "FACTUNIT_STORIES", "stories/seeds",
                "FACTUNIT_FORMAT", "text", "FACTUNIT_FAIL_ON", "never", "FACTUNIT_RULES", "desk.yaml",
                "FACTUNIT_NO_DEFAULT_RULES", "false", "FACTUNIT_BASELINE", "", "FACTUNIT_SARIF", "");
        Run run = run(env, "bash", "-c", check.get("run").asText());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("  FAILED [error] name-spelling: ",
                "  skipped truce-days-agree: one-week truce (7 days): skipped, only 002_36b8f96a3ff872cc states it\n");
    }

    private static JsonNode step(JsonNode action, String id) {
        for (JsonNode step : action.get("runs").get("steps")) {
            if (step.has("id") && step.get("id").asText().equals(id)) {
                return step;
            }
        }
        throw new AssertionError("action.yml has no step " + id);
    }
}
