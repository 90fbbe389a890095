package io.factunit.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small stories and a small rule file, written into a temporary folder for engine tests. */
final class Newsroom {
    /** The engine tests' rule file: prisoner counts (error) and hostage counts (warning). */
    static final String RULES = resource("rules/counts.yaml");

    static final String[] TRUCE = {
            "Israel released 240 Palestinian prisoners.\nHamas released 50 hostages.\n",
            "Officials said Israel released 240 Palestinian prisoners.\n",
            "Talks resumed in Cairo.\nIsrael released 250 Palestinian prisoners.\n"};

    final Path root;
    final Path rules;

    Newsroom(Path root) {
        this.root = root;
        this.rules = write(root.resolve("rules/counts.yaml"), RULES);
    }

    /**
     * 240, 240 and 250 prisoners (the 250 at line 2, column 17 of 003); 50 hostages in 001 only. The same
     * articles as src/test/resources/factunit/stories/truce, which the anchor classes check.
     */
    Path truce() {
        return story("truce", TRUCE);
    }

    /** 50 hostages against 40: a warning; no prisoners at all. */
    Path hostages() {
        return story("hostages", "Hamas released 50 hostages.\n", "Hamas released 40 hostages.\n");
    }

    /** Two articles agreeing on 240 prisoners. */
    Path agreed() {
        return story("agreed", "Israel released 240 Palestinian prisoners.\n",
                "On Friday Israel released 240 Palestinian prisoners.\n");
    }

    /** Articles 001, 002, ... in a folder named {@code name}. */
    Path story(String name, String... articles) {
        Path dir = root.resolve("stories").resolve(name);
        for (int i = 0; i < articles.length; i++) {
            write(dir.resolve(String.format("%03d.txt", i + 1)), articles[i]);
        }
        return dir;
    }

    static String resource(String name) {
        try (InputStream in = Newsroom.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
