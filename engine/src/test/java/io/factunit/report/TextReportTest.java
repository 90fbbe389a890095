package io.factunit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReportTest {
    @TempDir
    Path dir;

    @Test
    void hiddenCharactersQuotedFromTheStoryAreShownEscaped() {
        String report = new TextReport().render(List.of(ReportFixtures.hostilePrisoners(dir)));

        Path story = dir.resolve("gaza");
        assertThat(report).isEqualTo("Story " + story + " (3 articles, 3 claims)\n"
                + "  FAILED [error] prisoners-agree: 240 in 2 articles, but 250 in c\n"
                + "    prisoner counts must match: the articles disagree.\n"
                + "      Majority (2 articles):\n"
                + "        240 at " + story.resolve("a.txt") + ":1:17\n"
                + "          \"Israel released 240 Palestinian prisoners.\"\n"
                + "        240 at " + story.resolve("b.txt") + ":1:17\n"
                + "          \"Israel released 240 Palestinian prisoners.\"\n"
                + "      Outlier (1 article):\n"
                + "        250 at " + story.resolve("c.txt") + ":1:17 (Wire\\u001B[31m)\n"
                + "          \"Israel released 250 Palestinian prisoners on\\tMonday, the \\u202Eyrtsinim\\u202C said"
                + " \\u001B[2K\\u0008\\u0008\\u009B1m\\u0007.\"\n"
                + "\n"
                + "2 skips with nothing to compare are not listed (--show-inapplicable lists them)\n"
                + "0 passed, 1 failed, 2 skipped\n");
        assertThat(new TextReport(true).render(List.of(ReportFixtures.hostilePrisoners(dir))))
                .endsWith("  skipped killed-agree: skipped: no article states people killed\n"
                        + "  skipped injured-agree: skipped: no article states people injured\n"
                        + "\n"
                        + "0 passed, 1 failed, 2 skipped\n");
    }

    @Test
    void aStoryNothingAppliesToListsEverySkipToSayWhy() {
        String report = new TextReport().render(List.of(ReportFixtures.check(dir, "quiet", ReportFixtures.RULES, null,
                Map.of("a.txt", "Talks resumed in Cairo.", "b.txt", "Talks resumed in Doha."))));
        assertThat(report).isEqualTo("Story " + dir.resolve("quiet") + " (2 articles, 0 claims)\n"
                + "  skipped prisoners-agree: skipped: no article states prisoners released\n"
                + "  skipped killed-agree: skipped: no article states people killed\n"
                + "  skipped injured-agree: skipped: no article states people injured\n"
                + "\n"
                + "0 passed, 0 failed, 3 skipped\n");
    }

    @Test
    void aFolderNameCannotDriveTheTerminalEither() {
        String report = new TextReport().render(List.of(ReportFixtures.check(dir, "gaza\u001b]0;title\u0007",
                ReportFixtures.RULES, null, Map.of(
                        "a.txt", "Israel released 240 Palestinian prisoners.",
                        "b.txt", "Israel released 240 Palestinian prisoners."))));

        assertThat(report.lines().findFirst().orElseThrow())
                .isEqualTo("Story " + dir + "/gaza\\u001B]0;title\\u0007 (2 articles, 2 claims)");
    }
}
