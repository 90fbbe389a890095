package io.factunit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's rules add to the packs: named files, and files in the classpath's factunit/rules/ folder. */
class RulePackExtensionTest {
    static final String PACK = """
            claims:
              - id: prisoners-released
                title: prisoners released
                mention: quantity
                head: [prisoner]
                verb: [release]
            checks:
              - id: prisoners-agree
                title: prisoner counts must match
                kind: agree
                claim: prisoners-released
            """;
    static final String DESK = """
            claims:
              - id: seats-won
                title: seats won
                mention: quantity
                head: [seat]
                verb: [win]
            checks:
              - id: seats-agree
                title: seat counts must match
                kind: agree
                claim: seats-won
            """;

    @TempDir
    Path tmp;

    /** A jar-like pack folder (index and file) and a project's test-classes folder, on one class path. */
    private URLClassLoader classpath(Path... roots) throws IOException {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        return new URLClassLoader(urls, null);
    }

    private Path pack() throws IOException {
        Path root = tmp.resolve("pack");
        write(root.resolve(RuleSetLoader.PACK_INDEX), "factunit/rules/news.yaml\n");
        write(root.resolve("factunit/rules/news.yaml"), PACK);
        return root;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void namedFilesAddToThePack() throws IOException {
        Path desk = tmp.resolve("desk.yaml");
        Files.writeString(desk, DESK);
        try (URLClassLoader loader = classpath(pack())) {
            RuleSet pack = new RuleSetLoader().loadClasspathPacks(loader);
            RuleSet all = new RuleSetLoader().extend(pack, List.of(desk));
            assertThat(all.checks()).extracting(CheckDefinition::id).containsExactly("prisoners-agree", "seats-agree");
            assertThat(all.sources()).containsExactly("factunit/rules/news.yaml", desk.toString());
            assertThat(new RuleSetLoader().extend(RuleSet.EMPTY, List.of(desk)).checks())
                    .extracting(CheckDefinition::id).containsExactly("seats-agree");
        }
    }

    @Test
    void anIdThePackDefinesCannotBeDefinedAgain() throws IOException {
        Path desk = tmp.resolve("desk.yaml");
        Files.writeString(desk, DESK.replace("id: seats-agree", "id: prisoners-agree"));
        try (URLClassLoader loader = classpath(pack())) {
            RuleSet pack = new RuleSetLoader().loadClasspathPacks(loader);
            assertThatThrownBy(() -> new RuleSetLoader().extend(pack, List.of(desk)))
                    .isInstanceOf(RuleException.class)
                    .hasMessage(desk + ":8:5: duplicate id 'prisoners-agree': the rule pack defines it at"
                            + " factunit/rules/news.yaml:8:5; rules add to the pack and cannot replace its rules: give"
                            + " this one another id, or turn the pack off (--no-default-rules,"
                            + " factunit.defaultRules=false) and copy what you need");
        }
    }

    @Test
    void filesInTheClasspathFolderAreFoundAndThePacksOwnFolderIsNot() throws IOException {
        Path project = tmp.resolve("test-classes");
        write(project.resolve("factunit/rules/desk.yaml"), DESK);
        write(project.resolve("factunit/rules/notes.txt"), "not a rule file");
        try (URLClassLoader loader = classpath(project, pack())) {
            RuleSet pack = new RuleSetLoader().loadClasspathPacks(loader);
            RuleSet all = new RuleSetLoader().extendFromClasspath(pack, loader, List.of());
            assertThat(all.checks()).extracting(CheckDefinition::id).containsExactly("prisoners-agree", "seats-agree");
            assertThat(all.sources()).containsExactly("factunit/rules/news.yaml",
                    project.resolve("factunit/rules/desk.yaml").toString());
            assertThat(new RuleSetLoader().extendFromClasspath(RuleSet.EMPTY, loader, List.of()).checks())
                    .as("the pack turned off: its folder is still not the project's").extracting(CheckDefinition::id)
                    .containsExactly("seats-agree");
        }
    }

    @Test
    void aProjectFileNamedAsAPackFileIsRefused() throws IOException {
        Path project = tmp.resolve("test-classes");
        write(project.resolve("factunit/rules/news.yaml"), DESK);
        try (URLClassLoader loader = classpath(project, pack())) {
            assertThatThrownBy(() -> new RuleSetLoader().extendFromClasspath(RuleSet.EMPTY, loader, List.of()))
                    .isInstanceOf(RuleException.class)
                    .hasMessage(project.resolve("factunit/rules/news.yaml") + ": has the name of a rule pack's file"
                            + " (factunit/rules/news.yaml), which it would hide; give it another name");
        }
    }
}
