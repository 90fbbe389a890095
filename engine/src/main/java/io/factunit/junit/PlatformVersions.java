package io.factunit.junit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.TestEngine;

/**
 * The JUnit Platform jars a build put on the test classpath. They must come from one release: a JUnit 5
 * dependency declared without the JUnit BOM mixes 1.x jars with the 6.x ones this engine brings, and Jupiter
 * then dies with a {@code NoSuchMethodError} that says nothing about the cause. The engine refuses such a
 * classpath at start, naming the jars and the fix.
 */
final class PlatformVersions {
    /** The oldest platform the engine is tested on (ExamplesIT): JUnit 5.10's. */
    static final String OLDEST = "1.10";
    static final String FIX = "import the JUnit BOM in <dependencyManagement> (org.junit:junit-bom at your JUnit"
            + " version, 5.10 or later, <type>pom</type> <scope>import</scope>) and leave the versions off your"
            + " JUnit dependencies, as FactUnit's README shows";

    private PlatformVersions() {
    }

    /** The refusal for the jars on this classpath, if they cannot run the engine. */
    static Optional<String> problem() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("junit-platform-engine", version(TestEngine.class));
        versions.put("junit-platform-commons", version(JUnitException.class));
        loadable("org.junit.platform.launcher.Launcher")
                .ifPresent(type -> versions.put("junit-platform-launcher", version(type)));
        loadable("org.junit.jupiter.engine.JupiterTestEngine")
                .ifPresent(type -> versions.put("junit-jupiter-engine", version(type)));
        return problem(versions);
    }

    /** @param versions jar name → its Implementation-Version (null where the manifest has none) */
    static Optional<String> problem(Map<String, String> versions) {
        Map<String, String> known = new LinkedHashMap<>();
        versions.forEach((jar, version) -> {
            if (version != null) {
                known.put(jar, version);
            }
        });
        String listed = known.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        if (known.values().stream().map(PlatformVersions::platformRelease).distinct().count() > 1) {
            return Optional.of("FactUnit cannot start: the test classpath mixes JUnit Platform releases (" + listed
                    + "), which breaks every JUnit engine; " + FIX);
        }
        return known.values().stream().findFirst().filter(PlatformVersions::tooOld).map(version ->
                "FactUnit cannot start: it needs JUnit Platform " + OLDEST + " or later, the test classpath has "
                        + listed + "; " + FIX);
    }

    /** Jupiter 5.N goes with platform 1.N; from 6.0 on they share version numbers. */
    private static String platformRelease(String version) {
        return version.startsWith("5.") ? "1." + version.substring(2) : version;
    }

    private static boolean tooOld(String version) {
        String[] parts = version.split("[.-]");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return major == 1 && minor < 10;
        } catch (NumberFormatException e) {
            return false; // a build of JUnit's own; nothing to say about it
        }
    }

    private static String version(Class<?> type) {
        Package pkg = type.getPackage();
        return pkg == null ? null : pkg.getImplementationVersion();
    }

    /** The launcher is the runner's (Surefire's, the IDE's) and Jupiter the project's, not the engine's. */
    private static Optional<Class<?>> loadable(String name) {
        try {
            return Optional.of(Class.forName(name, false, PlatformVersions.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
