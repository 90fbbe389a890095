package io.factunit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.check.StoryReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GithubReportTest {
    @TempDir
    Path dir;

    private String render(StoryReport report) {
        return new GithubReport(new ReportPaths(dir)).render(List.of(report));
    }

    @Test
    void oneAnnotationPerFailureAtTheOutlierThenTheTotals() {
        assertThat(render(ReportFixtures.prisoners(dir))).isEqualTo("""
                ::error file=gaza/c.txt,line=1,col=17,title=prisoner counts must match::240 in 2 articles, but 250 in c
                1 passed, 1 failed, 1 skipped
                """);
    }

    @ParameterizedTest
    @CsvSource({"error, error", "warning, warning", "info, notice"})
    void severityChoosesTheCommand(String severity, String command) {
        String rules = ReportFixtures.RULES.replaceFirst("severity: error", "severity: " + severity);
        StoryReport report = ReportFixtures.check(dir, "gaza", rules, null, Map.of(
                "a.txt", "Israel released 240 Palestinian prisoners.",
                "b.txt", "Israel released 250 Palestinian prisoners."));

        assertThat(render(report).lines().findFirst().orElseThrow()).startsWith("::" + command + " file=gaza/");
    }

    @Test
    void titlesAndSummariesAreEscaped() {
        String rules = ReportFixtures.RULES.replace("title: prisoner counts must match",
                "title: \"prisoners: 100% sure, or not\"");
        StoryReport report = ReportFixtures.check(dir, "gaza", rules, null, Map.of(
                "a.txt", "Israel released 240 Palestinian prisoners.",
                "b.txt", "Israel released 240 Palestinian prisoners.",
                "c.txt", "Israel released 250 Palestinian prisoners."));

        assertThat(render(report).lines().findFirst().orElseThrow()).isEqualTo("::error file=gaza/c.txt,line=1,col=17,"
                + "title=prisoners%3A 100%25 sure%2C or not::240 in 2 articles, but 250 in c");
    }

    @Test
    void escapingFollowsGithubRules() {
        assertThat(GithubReport.data("50% down\r\nnext: a, b")).isEqualTo("50%25 down%0D%0Anext: a, b");
        assertThat(GithubReport.property("C:\\news,2024\n%")).isEqualTo("C%3A\\news%2C2024%0A%25");
    }

    @Test
    void hiddenCharactersCannotDriveTheLog() {
        StoryReport report = ReportFixtures.check(dir, "gaza", ReportFixtures.RULES, null, Map.of(
                "a.txt", "Israel released 240 Palestinian prisoners.",
                "b.txt", "Israel released 240 Palestinian prisoners.",
                "c\u001b[8m\u202E.txt", "Israel released 250 Palestinian prisoners."));

        assertThat(render(report).lines().findFirst().orElseThrow()).isEqualTo("::error"
                + " file=gaza/c\\u001B[8m\\u202E.txt,line=1,col=17,title=prisoner counts must match::240 in 2 articles,"
                + " but 250 in c\\u001B[8m\\u202E");
        assertThat(GithubReport.data("a\tb\u009b\u200Bc\r\n")).isEqualTo("a\\tb\\u009B\\u200Bc%0D%0A");
    }

    @Test
    void pathsUseForwardSlashesUnderTheWorkingFolder() {
        String report = render(ReportFixtures.check(dir, "deep/story", ReportFixtures.RULES, null, Map.of(
                "a.txt", "Israel released 240 Palestinian prisoners.",
                "b.txt", "Israel released 250 Palestinian prisoners.")));

        assertThat(report).startsWith("::error file=deep/story/b.txt,line=1,col=17,");
    }

    @Test
    void noFailuresGivesOnlyTheTotals() {
        StoryReport report = ReportFixtures.check(dir, "gaza", ReportFixtures.RULES, null, Map.of(
                "a.txt", "Israel released 240 Palestinian prisoners.",
                "b.txt", "Israel released 240 Palestinian prisoners."));

        assertThat(render(report)).isEqualTo("1 passed, 0 failed, 2 skipped\n");
    }
}
