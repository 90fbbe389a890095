package io.factunit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which JUnit Platform jars the engine starts on; ExamplesIT runs the real Maven builds behind these. */
class PlatformVersionsTest {
    @Test
    void thisBuildsPlatformIsOneRelease() {
        assertThat(PlatformVersions.problem()).isEmpty();
    }

    @Test
    void oneReleaseFromJUnit510OnStarts() {
        assertThat(PlatformVersions.problem(versions("6.1.3", "6.1.3", "6.1.3"))).isEmpty();
        assertThat(PlatformVersions.problem(versions("1.14.1", "1.14.1", "1.14.1"))).isEmpty();
        assertThat(PlatformVersions.problem(versions("1.10.2", "1.10.2", null))).isEmpty();
    }

    @Test
    void aJUnit5DependencyWithoutTheBomIsRefusedNamingTheJarsAndTheFix() {
        assertThat(PlatformVersions.problem(versions("6.1.3", "1.14.1", "1.14.1"))).contains("FactUnit cannot start:"
                + " the test classpath mixes JUnit Platform releases (junit-platform-engine 6.1.3,"
                + " junit-platform-commons 1.14.1, junit-platform-launcher 1.14.1), which breaks every JUnit engine;"
                + " import the JUnit BOM in <dependencyManagement> (org.junit:junit-bom at your JUnit version, 5.10 or"
                + " later, <type>pom</type> <scope>import</scope>) and leave the versions off your JUnit dependencies,"
                + " as FactUnit's README shows");
    }

    @Test
    void jupiter5OnPlatform6IsRefused() {
        Map<String, String> versions = versions("6.1.3", "6.1.3", "6.1.3");
        versions.put("junit-jupiter-engine", "5.14.1");
        assertThat(PlatformVersions.problem(versions)).contains("FactUnit cannot start: the test classpath mixes JUnit"
                + " Platform releases (junit-platform-engine 6.1.3, junit-platform-commons 6.1.3,"
                + " junit-platform-launcher 6.1.3, junit-jupiter-engine 5.14.1), which breaks every JUnit engine; "
                + PlatformVersions.FIX);
        versions.put("junit-jupiter-engine", "6.1.3");
        assertThat(PlatformVersions.problem(versions)).isEmpty();
        assertThat(PlatformVersions.problem(Map.of("junit-platform-engine", "1.14.1", "junit-jupiter-engine", "5.14.1")))
                .isEmpty();
    }

    @Test
    void aPlatformOlderThanJUnit510IsRefused() {
        assertThat(PlatformVersions.problem(versions("1.9.3", "1.9.3", null))).contains("FactUnit cannot start:"
                + " it needs JUnit Platform 1.10 or later, the test classpath has junit-platform-engine 1.9.3,"
                + " junit-platform-commons 1.9.3; " + PlatformVersions.FIX);
    }

    private static Map<String, String> versions(String engine, String commons, String launcher) {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("junit-platform-engine", engine);
        versions.put("junit-platform-commons", commons);
        versions.put("junit-platform-launcher", launcher);
        return versions;
    }
}
