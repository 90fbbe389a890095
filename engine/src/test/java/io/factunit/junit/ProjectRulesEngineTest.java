package io.factunit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * A project's rules add to the rule packs on the test classpath: the files it names, and those in its
 * {@code src/test/resources/factunit/rules/} (here: a class path made of a pack folder and a test-classes folder,
 * set as the context class loader the engine reads the classpath through).
 */
class ProjectRulesEngineTest {
    @TempDir
    Path tmp;
    Path story;
    Path pack;
    Path project;

    @BeforeEach
    void packAndProject() throws IOException {
        Newsroom newsroom = new Newsroom(tmp);
        // 240, 240 and 250 prisoners (the pack's check); 50 against 40 hostages (the project's)
        story = newsroom.story("truce", "Israel released 240 Palestinian prisoners.\nHamas released 50 hostages.\n",
                "Israel released 240 Palestinian prisoners.\nHamas released 40 hostages.\n",
                "Israel released 250 Palestinian prisoners.\n");
        String prisoners = Newsroom.RULES.substring(0, Newsroom.RULES.indexOf("  - id: hostages-released\n"))
                + "\nchecks:\n" + Newsroom.RULES.substring(Newsroom.RULES.indexOf("  - id: prisoners-released-agree"),
                Newsroom.RULES.indexOf("  - id: hostages-released-agree"));
        pack = tmp.resolve("pack");
        write(pack.resolve("META-INF/factunit/rule-packs.list"), "factunit/rules/news.yaml\n");
        write(pack.resolve("factunit/rules/news.yaml"), prisoners);
        project = tmp.resolve("test-classes");
        write(project.resolve("factunit/rules/desk.yaml"), """
                claims:
                  - id: hostages-freed
                    title: hostages freed
                    mention: quantity
                    head: [hostage]
                    verb: [release]
                checks:
                  - id: hostages-freed-agree
                    title: hostage counts must match
                    kind: agree
                    claim: hostages-freed
                    examples:
                      - name: one count
                        articles: ["Hamas released 50 hostages.", "Hamas released 50 hostages."]
                        expect: passed
                """);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private <T> T onClasspath(java.util.function.Supplier<T> run) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {project.toUri().toURL(), pack.toUri().toURL()},
                before)) {
            thread.setContextClassLoader(loader);
            return run.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private EngineExecutionResults run(Map<String, String> parameters) throws IOException {
        return onClasspath(() -> EngineTestKit.engine("factunit").selectors(selectDirectory(story.toFile()))
                .configurationParameters(parameters).execute());
    }

    private static List<String> tests(EngineExecutionResults results) {
        return results.testEvents().finished().stream().map(ProjectRulesEngineTest::line).toList();
    }

    private static String line(Event event) {
        TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
        return result.getStatus() + " " + event.getTestDescriptor().getDisplayName()
                + result.getThrowable().filter(e -> e.getClass().getSimpleName().equals("StoryError"))
                .map(e -> ": " + e.getMessage()).orElse("");
    }

    @Test
    void theProjectsFolderAddsItsChecksAndExamplesToThePack() throws IOException {
        assertThat(tests(run(Map.of()))).containsExactly(
                "FAILED truce - prisoner counts must match",
                "FAILED truce - hostage counts must match",
                "SUCCESSFUL hostage counts must match: one count (expect passed)");
    }

    @Test
    void thePackTurnedOffLeavesTheProjectsRules() throws IOException {
        assertThat(tests(run(Map.of("factunit.defaultRules", "false")))).containsExactly(
                "FAILED truce - hostage counts must match",
                "SUCCESSFUL hostage counts must match: one count (expect passed)");
    }

    /** The engine's test story (240, 240 and 250 prisoners; 50 hostages in one article), without the packs. */
    @FactCheck(stories = "src/test/resources/factunit/stories/truce", defaultRules = false)
    static class WithoutPacks {
    }

    @Test
    void theAnnotationTurnsThePackOff() throws IOException {
        EngineExecutionResults results = onClasspath(() -> EngineTestKit.engine("factunit")
                .selectors(selectClass(WithoutPacks.class)).execute());
        assertThat(tests(results)).containsExactly(
                "ABORTED truce - hostage counts must match",
                "SUCCESSFUL hostage counts must match: one count (expect passed)");
    }

    @Test
    void aNamedFileAddsToBoth() throws IOException {
        Path named = Newsroom.write(tmp.resolve("more.yaml"), Newsroom.RULES
                .replace("prisoners-released", "prisoners-freed").replace("hostages-released", "hostages-taken")
                .replace("prisoner counts", "prisoner tallies").replace("hostage counts", "hostage tallies"));
        TestDescriptor engine = onClasspath(() -> EngineTestKit.engine("factunit")
                .selectors(selectDirectory(story.toFile()))
                .configurationParameter("factunit.rules", named.toString()).discover().getEngineDescriptor());
        TestDescriptor truce = engine.getChildren().stream().filter(d -> d.getDisplayName().equals("truce"))
                .findFirst().orElseThrow();
        assertThat(truce.getChildren()).extracting(TestDescriptor::getDisplayName).containsExactly(
                "prisoner counts must match", "hostage counts must match", "prisoner tallies must match",
                "hostage tallies must match");
    }

    @Test
    void anIdThePackDefinesFailsTheStoryNamingBoth() throws IOException {
        write(project.resolve("factunit/rules/desk.yaml"), Newsroom.RULES);
        EngineExecutionResults results = run(Map.of());
        assertThat(results.allEvents().failed().stream().map(e -> e.getRequiredPayload(TestExecutionResult.class)
                .getThrowable().orElseThrow().getMessage()).toList()).containsExactly(
                project.resolve("factunit/rules/desk.yaml") + ":3:5: duplicate id 'prisoners-released': the rule pack defines it"
                        + " at factunit/rules/news.yaml:3:5; rules add to the pack and cannot replace its rules: give"
                        + " this one another id, or turn the pack off (--no-default-rules,"
                        + " factunit.defaultRules=false) and copy what you need");
    }
}
