package io.factunit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.factunit.cli.Main;
import io.factunit.examples.SurefireReport.TestCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example projects under examples/, each built with plain {@code mvn test} as a newsroom would, and
 * each with the outcome its README promises. Bound to the verify phase (failsafe): it needs the packaged
 * engine and rules.
 */
class ExamplesIT {
    /** Surefire's XML names a test by its story and its own name: the story titles of the examples. */
    private static final String SEEDS = "Hamas leader in Cairo for ceasefire talks - ";
    private static final String COUNCIL = "Riverside council election results - ";

    @BeforeAll
    static void installThisBuild() throws Exception {
        ExampleBuild.prepare();
    }

    @Test
    void seedsFailOnTheHostageCountsAndPassThePrisonerCount() throws Exception {
        ExampleBuild.Result build = ExampleBuild.test("seeds");
        assertThat(build.exitCode()).as(build.log()).isNotZero();
        assertThat(build.log()).contains("Running news.SeedsFactsTest", "There are test failures");

        SurefireReport report = report("seeds", "news.SeedsFactsTest");
        assertThat(report.testCases()).extracting(TestCase::className).containsOnly("news.SeedsFactsTest");
        assertThat(report.names()).as("one testcase per compared claim group").doesNotHaveDuplicates()
                .noneMatch(name -> name.contains("(expect "));

        assertThat(report.named(SEEDS + "prisoner counts must match").outcome()).isEqualTo("passed");
        TestCase hostages = report.named(SEEDS + "counts of released hostages must match");
        assertThat(hostages.outcome()).isEqualTo("failure");
        assertThat(hostages.text()).contains(
                "at least 100 at ../../seeds/000_3e65c4e6364ee2ab.txt:15:238 (time news)",
                "Hamas returned 100 Israelis and others taken captive",
                "105 at ../../seeds/002_36b8f96a3ff872cc.txt:17:239",
                "the release of 105 hostages");
        assertThat(report.testCases()).as("a check only one article speaks to is skipped, saying so")
                .anyMatch(c -> c.outcome().equals("skipped") && c.text().contains("not enough evidence: only ")
                        && c.text().contains(" states it"));
    }

    @Test
    void customRulesPassWithTheirBaselineShowTheWarningAndSelfTestTheRules() throws Exception {
        ExampleBuild.Result build = ExampleBuild.test("custom-rules");
        assertThat(build.exitCode()).as(build.log()).isZero();

        SurefireReport report = report("custom-rules", "news.CouncilFactsTest");
        assertThat(report.testCases()).hasSize(5).extracting(TestCase::outcome).containsOnly("passed");
        assertThat(report.named(COUNCIL + "seat counts must match").outcome()).as("accepted in the baseline")
                .isEqualTo("passed");
        assertThat(report.named(COUNCIL + "candidate counts should match").output())
                .startsWith("warning: candidate counts should match\n112 in 001_gazette but 113 in 002_courier\n");
        assertThat(report.names()).contains(
                "seat counts must match: one result, two reports (expect passed)",
                "seat counts must match: a miscounted result (expect failed)",
                "candidate counts should match: a candidate more (expect failed)");
    }

    @Test
    void assertjPinsTheReviewedVerdictsOfTheSeeds() throws Exception {
        ExampleBuild.Result build = ExampleBuild.test("assertj");
        assertThat(build.exitCode()).as(build.log()).isZero();
        assertThat(report("assertj", "news.SeedsVerdictsTest").testCases())
                .extracting(TestCase::name, TestCase::outcome).containsExactlyInAnyOrder(
                        tuple("threeOutletsAgreeOn240Prisoners", "passed"), tuple("theHostageCountsNeedReview", "passed"));
    }

    /** The README's pom.xml and anchor class, copied as they stand, under Maven 3.8 (whose default Surefire runs nothing). */
    @Test
    void theReadmeSetupWorksVerbatim() throws Exception {
        Path project = ExampleBuild.ROOT.resolve("examples/readme");
        String readme = Files.readString(ExampleBuild.ROOT.resolve("README.md"));
        assertThat(readme).contains("```xml\n" + Files.readString(project.resolve("pom.xml")) + "```\n");
        assertThat(readme).contains("```java\n"
                + Files.readString(project.resolve("src/test/java/news/NewsFactsTest.java")) + "```\n");

        ExampleBuild.Result build = ExampleBuild.test("readme");
        assertThat(build.exitCode()).as(build.log()).isNotZero();
        assertThat(build.log()).contains("Running news.NewsFactsTest", "There are test failures")
                .as("no SLF4J warning without a provider").doesNotContain("SLF4J");
        SurefireReport report = report("readme", "news.NewsFactsTest");
        assertThat(report.names()).as("two stories with the same finding: two tests").doesNotHaveDuplicates();
        for (String story : List.of("ferry", "ferry-follow-up")) {
            assertThat(report.named(story + " - a figure must be the same in every article").outcome())
                    .isEqualTo("failure");
        }
        assertThat(project.resolve("target/test-classes/news/FactUnitSurefireGuardTest.class"))
                .as("the guard for Surefire 2 is written").exists();
        assertThat(project.resolve("target/surefire-reports/TEST-news.FactUnitSurefireGuardTest.xml"))
                .as("and Surefire 3 does not run it").doesNotExist();
    }

    @ParameterizedTest(name = "-P{0} -Djunit.version={1}")
    @CsvSource({"'bom,jupiter-first', 5.10.2", "'bom,factunit-first', 5.14.1", "'bom,jupiter-first', 6.1.3"})
    void aJupiterProjectWithTheJUnitBomRunsItsTestsAndTheChecks(String profiles, String junit) throws Exception {
        ExampleBuild.Result build = ExampleBuild.test("junit5", "-P" + profiles, "-Djunit.version=" + junit);
        assertThat(build.exitCode()).as(build.log()).isZero();
        assertThat(report("junit5", "news.HeadlineTest").testCases())
                .extracting(TestCase::name, TestCase::outcome).containsExactly(tuple("headlinesAreTrimmed", "passed"));
        TestCase figures = report("junit5", "news.NewsFactsTest")
                .named("ferry - a figure must be the same in every article");
        assertThat(figures.outcome()).isEqualTo("passed");
        assertThat(figures.output()).startsWith("error: a figure must be the same in every article\n41 in 001_gazette"
                + " but 44 in 003_bulletin\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jupiter-first", "factunit-first"})
    void aJupiterProjectWithoutTheBomIsRefusedSayingWhatToAdd(String profile) throws Exception {
        ExampleBuild.Result build = ExampleBuild.test("junit5", "-P" + profile, "-Djunit.version=5.14.1");
        assertThat(build.exitCode()).as(build.log()).isNotZero();
        assertThat(build.log()).contains("[factunit] FactUnit cannot start: the test classpath mixes JUnit Platform"
                + " releases (junit-platform-engine ", "junit-jupiter-engine 5.14.1), which breaks every JUnit engine;"
                + " import the JUnit BOM in <dependencyManagement> (org.junit:junit-bom at your JUnit version, 5.10 or"
                + " later, <type>pom</type> <scope>import</scope>) and leave the versions off your JUnit dependencies");
    }

    @Test
    void aBrokenStoryFailsUnderATagFilter() throws Exception {
        ExampleBuild.Result build = ExampleBuild.test("broken-story", "-Dgroups=error");
        assertThat(build.exitCode()).as(build.log()).isNotZero();
        String message = "ferry-update/story.yaml:2:1: unknown key 'headline'";
        assertThat(build.log()).contains(message);
        SurefireReport report = report("broken-story", "news.NewsFactsTest");
        assertThat(report.named("ferry-update")).extracting(TestCase::outcome, TestCase::message)
                .containsExactly("failure", "src/test/stories/" + message + " (expected one of: title, articles)");
        assertThat(report.named("ferry - a figure must be the same in every article").outcome())
                .as("the story's own error-tagged failure still fails").isEqualTo("failure");
    }

    /**
     * Two stories with the same figure in dispute: the baseline accepts it in one (a stale entry beside it is a
     * skipped test), the other fails; the names keep no values. Then the command line records the baseline
     * (reasons kept, the stale entry dropped, the new failure awaiting review) and checks a draft.
     */
    @Test
    void baselinesMatchGoStaleAndAreRecordedAndADraftIsCheckedWithItsStory() throws Exception {
        ExampleBuild.Result build = ExampleBuild.test("baselines");
        assertThat(build.exitCode()).as(build.log()).isNotZero();
        SurefireReport report = report("baselines", "news.DeskFactsTest");
        assertThat(report.names()).doesNotHaveDuplicates().noneMatch(name -> name.contains("41"));
        assertThat(report.named("ferry - a figure must be the same in every article [").outcome()).isEqualTo("passed");
        assertThat(report.named("ferry-follow-up - a figure must be the same in every article [").outcome())
                .isEqualTo("failure");
        Path project = ExampleBuild.ROOT.resolve("examples/baselines");
        TestCase stale = report.named("stale baseline entry: figures-agree in ferry");
        assertThat(stale.outcome()).isEqualTo("skipped");
        assertThat(stale.text()).contains("warning: src/test/factunit/baseline.yaml:10:5: stale baseline entry:"
                + " figures-agree in ferry with 001_gazette: 41, 003_bulletin: 45 matches no failure; remove it (or run"
                + " --update-baseline)");

        Path stories = project.resolve("src/test/stories");
        Path recorded = Files.copy(project.resolve("src/test/factunit/baseline.yaml"), project.resolve("target/recorded.yaml"));
        assertThat(Main.run("check", stories.toString(), "--update-baseline", recorded.toString(), "--output",
                project.resolve("target/report.txt").toString())).isZero();
        assertThat(Files.readString(recorded)).contains("""
                  - check: "figures-agree"
                    story: "ferry"
                    values:
                      - "001_gazette: 41"
                      - "003_bulletin: 44"
                    reason: "the Bulletin counted the three crew members the coastguard left out"
                    by: "night desk"
                  - check: "figures-agree"
                    story: "ferry-follow-up"
                    values:
                      - "001_gazette: 41"
                      - "003_bulletin: 44"
                    reason: "TODO: review"
                """).doesNotContain("003_bulletin: 45");
        assertThat(Main.run("check", stories.toString(), "--baseline", recorded.toString(), "--fail-on-stale",
                "--output", project.resolve("target/report.txt").toString())).isZero();

        Path draftReport = project.resolve("target/draft.txt");
        assertThat(Main.run("check", stories.resolve("ferry").toString(), "--draft",
                project.resolve("src/test/drafts/ferry-update.txt").toString(), "--output", draftReport.toString())).isOne();
        assertThat(Files.readString(draftReport)).contains("FAILED [error] figures-agree: the draft (44) disagrees with"
                + " 001_gazette (41): ");
    }

    private static SurefireReport report(String example, String anchor) throws Exception {
        Path xml = ExampleBuild.ROOT.resolve("examples").resolve(example)
                .resolve("target/surefire-reports/TEST-" + anchor + ".xml");
        return SurefireReport.read(xml);
    }
}
