package io.factunit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.factunit.examples.SurefireReport.TestCase;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example projects under examples/, each built with plain {@code mvn test} as a newsroom would, and
 * each with the outcome its README promises. Bound to the verify phase (failsafe): it needs the packaged
 * engine and rules.
 */
class ExamplesIT {
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

        assertThat(report.named("prisoner counts must match: 240 in 3 articles").outcome()).isEqualTo("passed");
        TestCase hostages = report.named("counts of released hostages must match: ");
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
        assertThat(report.named("seat counts must match: 25 in 2 articles, but 27 in 003_bulletin").name())
                .endsWith("(accepted in baseline by politics desk: the Bulletin printed the party's own count"
                        + " before the recount; the official result is 25)");
        assertThat(report.named("candidate counts should match: 112 in 001_gazette but 113 in 002_courier").output())
                .startsWith("warning: candidate counts should match: 112 in 001_gazette but 113 in 002_courier\n");
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

    private static SurefireReport report(String example, String anchor) throws Exception {
        Path xml = ExampleBuild.ROOT.resolve("examples").resolve(example)
                .resolve("target/surefire-reports/TEST-" + anchor + ".xml");
        return SurefireReport.read(xml);
    }
}
