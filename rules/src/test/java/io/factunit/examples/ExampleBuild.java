package io.factunit.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Maven on an example project the way a newsroom would, against the engine and rules this build
 * just packaged. They go into a local repository of their own (target/examples-repo), never into the
 * shared ~/.m2, which other builds use at the same time; everything else is copied from the build's
 * local repository, offline.
 */
final class ExampleBuild {
    static final Path ROOT = Path.of(required("factunit.root")).toAbsolutePath().normalize();
    static final String VERSION = required("factunit.version");
    private static final Path WORK = ROOT.resolve("rules/target/examples-build");
    private static final Path REPO = WORK.resolve("repository");
    private static final Path SETTINGS = WORK.resolve("settings.xml");
    private static final long TIMEOUT_MINUTES = 5;

    private ExampleBuild() {
    }

    /** The exit code and output of one Maven run. */
    record Result(int exitCode, String log) {
    }

    /** Installs this build's artifacts into the examples' repository and writes their settings. */
    static void prepare() throws IOException {
        install("factunit-parent", ROOT.resolve("pom.xml"), null);
        install("factunit-engine", ROOT.resolve("engine/pom.xml"), jar("engine", "factunit-engine"));
        install("factunit-rules", ROOT.resolve("rules/pom.xml"), jar("rules", "factunit-rules"));
        String buildRepository = Path.of(required("factunit.buildRepository")).toUri().toString();
        Files.writeString(SETTINGS, """
                <settings>
                  <profiles>
                    <profile>
                      <id>build-repository</id>
                      <repositories>
                        <repository><id>build-repository</id><url>%1$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><enabled>false</enabled></snapshots></repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository><id>build-repository</id><url>%1$s</url>
                          <releases><checksumPolicy>ignore</checksumPolicy></releases>
                          <snapshots><enabled>false</enabled></snapshots></pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>build-repository</activeProfile></activeProfiles>
                </settings>
                """.formatted(buildRepository));
    }

    /** {@code mvn test} in examples/NAME, with {@code options} (profiles, properties), after removing its previous output. */
    static Result test(String name, String... options) throws IOException, InterruptedException {
        Path project = ROOT.resolve("examples").resolve(name);
        deleteTree(project.resolve("target"));
        // Offline: everything an example needs, the outer build has used; file: URLs still serve offline.
        List<String> command = new ArrayList<>(List.of(maven(), "-B", "-ntp", "-o", "-Daether.offline.protocols=file",
                "-s", SETTINGS.toString(), "-Dmaven.repo.local=" + REPO, "-Dfactunit.version=" + VERSION,
                "-f", project.resolve("pom.xml").toString()));
        command.addAll(List.of(options));
        command.add("test");
        Path log = WORK.resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn test in examples/" + name + " took over " + TIMEOUT_MINUTES + " minutes;"
                    + " log: " + log);
        }
        return new Result(process.exitValue(), Files.readString(log));
    }

    private static Path jar(String module, String artifactId) {
        Path jar = ROOT.resolve(module).resolve("target").resolve(artifactId + "-" + VERSION + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; run the examples through the build (mvn verify)");
        }
        return jar;
    }

    private static void install(String artifactId, Path pom, Path jar) throws IOException {
        Path dir = REPO.resolve("io/factunit").resolve(artifactId).resolve(VERSION);
        Files.createDirectories(dir);
        Files.copy(pom, dir.resolve(artifactId + "-" + VERSION + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            Files.copy(jar, dir.resolve(artifactId + "-" + VERSION + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String maven() {
        String home = System.getProperty("maven.home", "");
        Path mvn = Path.of(home, "bin", System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn");
        return !home.isEmpty() && Files.isExecutable(mvn) ? mvn.toString() : "mvn";
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set; the rules module's"
                    + " failsafe configuration sets it (run mvn verify)");
        }
        return value;
    }
}
