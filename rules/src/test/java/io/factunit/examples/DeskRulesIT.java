package io.factunit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.examples.SurefireReport.TestCase;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** examples/desk-rules: a rule file in src/test/resources/factunit/rules/ is added to the default pack. */
class DeskRulesIT {
    @BeforeAll
    static void installThisBuild() throws Exception {
        ExampleBuild.prepare();
    }

    @Test
    void theDesksRuleAndThePackBothCheck() throws Exception {
        ExampleBuild.Result build = ExampleBuild.test("desk-rules");
        assertThat(build.exitCode()).as(build.log()).isNotZero();
        SurefireReport report = SurefireReport.read(ExampleBuild.ROOT.resolve(
                "examples/desk-rules/target/surefire-reports/TEST-news.NewsFactsTest.xml"));
        assertThat(report.testCases()).extracting(TestCase::name, TestCase::outcome).contains(
                org.assertj.core.api.Assertions.tuple(
                        "council-vote - seat counts must match", "failure"),
                org.assertj.core.api.Assertions.tuple("seat counts must match: a miscounted result (expect failed)",
                        "passed"));
        assertThat(report.named("council-vote - a figure must be the same in every article [head=station, event=none]").outcome())
                .isEqualTo("failure");
    }
}
