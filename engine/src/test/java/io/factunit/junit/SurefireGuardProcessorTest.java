package io.factunit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * javac, with the engine on the classpath, writes the guard beside a newsroom's anchor class; Surefire 2.x
 * runs it as a POJO test (a public class, a public no-argument constructor, a public {@code test...} method)
 * and it fails with what to add. ExamplesIT shows Surefire 3 does not see it.
 */
class SurefireGuardProcessorTest {
    @TempDir
    Path tmp;

    @Test
    void anAnchorGetsAGuardInItsPackageThatFailsSayingWhatToAdd() throws Exception {
        Path source = tmp.resolve("src/news/NewsFactsTest.java");
        Path other = tmp.resolve("src/news/MoreFactsTest.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package news;\n@io.factunit.junit.FactCheck\nclass NewsFactsTest {}\n");
        Files.writeString(other, "package news;\n@io.factunit.junit.FactCheck(stories = \"x\")\nclass MoreFactsTest {}\n");
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int exit = javac.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString(), "-s", classes.toString(), source.toString(), other.toString());
        assertThat(exit).isZero();

        assertThat(classes.resolve("news/FactUnitSurefireGuardTest.java")).hasContent(
                SurefireGuardProcessor.source("news"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            Class<?> guard = loader.loadClass("news.FactUnitSurefireGuardTest");
            assertThat(Modifier.isPublic(guard.getModifiers())).isTrue();
            Method test = guard.getMethod("testSurefireRunsTheJUnitPlatform");
            Object instance = guard.getConstructor().newInstance();
            assertThatThrownBy(() -> test.invoke(instance)).isInstanceOf(InvocationTargetException.class)
                    .cause().isInstanceOf(AssertionError.class).hasMessage("FactUnit's checks did not run: this"
                            + " build's Surefire is older than 3.0 and runs no JUnit Platform engine. Add"
                            + " maven-surefire-plugin 3.5.4 or later to <build><plugins>, as FactUnit's README shows.");
            assertThat(guard.getDeclaredMethods()).hasSize(1);
        }
        assertThat(List.of(classes.resolve("news").toFile().list())).containsExactlyInAnyOrder(
                "NewsFactsTest.class", "MoreFactsTest.class", "FactUnitSurefireGuardTest.java",
                "FactUnitSurefireGuardTest.class");
    }
}
