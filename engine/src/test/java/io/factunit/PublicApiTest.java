package io.factunit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * What a newsroom's code may use is marked {@link API} (the JUnit convention); a public type without the mark
 * is public for the engine's own packages only. The examples are what users write, so everything they import
 * must be marked, and not as internal.
 */
class PublicApiTest {
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(io\\.factunit\\.[\\w.]+?)(?:\\.[a-z]\\w*)?;",
            Pattern.MULTILINE);

    @Test
    void everythingTheExamplesAndTheReadmeUseIsMarkedPublicApi() throws Exception {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("../examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                collect(Files.readString(file), used);
            }
        }
        collect(Files.readString(Path.of("../README.md")), used);
        assertThat(used).contains("io.factunit.junit.FactCheck", "io.factunit.assertj.FactUnitAssertions");
        for (String name : used) {
            API api = Class.forName(name).getAnnotation(API.class);
            assertThat(api).as(name + " is used by users but not marked @API").isNotNull();
            assertThat(api.status()).as(name).isNotEqualTo(API.Status.INTERNAL);
        }
    }

    @Test
    void theTestEngineIsPublicOnlyForTheServiceLoader() throws ClassNotFoundException {
        API api = Class.forName("io.factunit.junit.FactUnitTestEngine").getAnnotation(API.class);
        assertThat(api.status()).isEqualTo(API.Status.INTERNAL);
    }

    @Test
    void theEntryPointsAreMarked() throws ClassNotFoundException {
        for (String name : List.of("io.factunit.check.FactChecker", "io.factunit.check.StoryReport",
                "io.factunit.check.CheckResult", "io.factunit.language.Language", "io.factunit.rules.RuleSetLoader",
                "io.factunit.report.Reports", "io.factunit.cli.Main")) {
            assertThat(Class.forName(name).getAnnotation(API.class)).as(name).isNotNull();
        }
    }

    private static void collect(String source, Set<String> into) {
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
