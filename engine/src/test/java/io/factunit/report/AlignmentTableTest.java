package io.factunit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.check.StoryReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alignment table of a story, in the HTML report and as plain text: a row per fact the checks compared, a
 * column per article, the checks' majority and outliers marked; article text escaped.
 */
class AlignmentTableTest {
    @TempDir
    Path dir;

    private String html(StoryReport report) {
        return new HtmlReport(new ReportPaths(dir)).render(List.of(report));
    }

    @Test
    void htmlTableHasARowPerFactAndAColumnPerArticleWithTheOutlierMarked() {
        Document page = Jsoup.parse(html(ReportFixtures.prisoners(dir)));

        Element table = page.selectFirst("section.alignment table.alignment");
        assertThat(page.selectFirst("section.alignment h3").text()).isEqualTo("What each article says");
        assertThat(table.selectFirst("caption").text()).startsWith("2 facts stated by two or more articles");
        assertThat(table.select("thead th[scope=col]").eachText())
                .containsExactly("Fact", "Verdict", "a Example Wire", "b Press & <Co>", "c");
        assertThat(table.select("tbody th[scope=row]").eachText())
                .containsExactly("prisoners-released prisoners-agree", "people-killed killed-agree");
        List<Element> rows = table.select("tbody tr");
        assertThat(rows.get(0).classNames()).containsExactly("failed", "error");
        assertThat(rows.get(0).select("td").eachText()).containsExactly(
                "error: disagree 240 in 2 articles, but 250 in c",
                "240 Israel released 240 Palestinian prisoners.",
                "240 Israel released 240 Palestinian prisoners.",
                "250 outlier only here Israel released 250 Palestinian prisoners.");
        assertThat(rows.get(0).select("td.outlier mark.outlier").eachText()).containsExactly("250");
        assertThat(rows.get(0).select("td:not(.outlier) mark.value").eachText()).containsExactly("240", "240");
        assertThat(rows.get(1).classNames()).containsExactly("passed");
        assertThat(rows.get(1).select("td p.value").eachText()).containsExactly("12", "12", "12");
        assertThat(rows.get(1).select(".tag")).isEmpty();
    }

    @Test
    void anArticleThatDoesNotStateAFactHasADash() {
        StoryReport report = ReportFixtures.check(dir, "gaza", ReportFixtures.RULES, null, Map.of(
                "a.txt", "Israel released 240 Palestinian prisoners.",
                "b.txt", "Israel released 240 Palestinian prisoners.",
                "c.txt", "The strike killed 12 people."));

        Document page = Jsoup.parse(html(report));

        assertThat(page.select("table.alignment thead th").eachText()).containsExactly("Fact", "Verdict", "a", "b");
        assertThat(page.select("table.alignment tbody td").eachText())
                .containsExactly("agree", "240 Israel released 240 Palestinian prisoners.",
                        "240 Israel released 240 Palestinian prisoners.");
    }

    @Test
    void theWordingIsFiveWordsEitherSideOfTheValue() {
        String sentence = "On a cold and rainy Monday morning in the city, Israel released 240 Palestinian prisoners"
                + " from three jails across the occupied West Bank.";
        StoryReport report = ReportFixtures.check(dir, "gaza", ReportFixtures.RULES, null, Map.of(
                "a.txt", sentence, "b.txt", sentence));

        assertThat(html(report)).contains("<p class=\"wording\">… in the city, Israel released <mark class=\"value\">"
                + "240</mark> Palestinian prisoners from three jails …</p>");
    }

    @Test
    void aStoryWhereNoFactIsStatedTwiceHasNoTable() {
        StoryReport report = ReportFixtures.check(dir, "gaza", ReportFixtures.RULES, null, Map.of(
                "a.txt", "Israel released 240 Palestinian prisoners.",
                "b.txt", "The strike killed 12 people."));

        assertThat(html(report)).doesNotContain("class=\"alignment\"");
        assertThat(AlignmentText.of(report)).isEmpty();
    }

    /** Article text is untrusted: markup in it, in its source or in its file name must stay text. */
    @Test
    void hostileArticleTextStaysText() {
        String attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        StoryReport report = ReportFixtures.check(dir, "gaza", ReportFixtures.RULES, """
                articles:
                  - file: "b\\"><svg onload=alert(3)>.txt"
                    source: "</th><script>alert(4)</script>"
                """, Map.of(
                "a.txt", attack + " Israel released 240 Palestinian prisoners \"'&.",
                "b\"><svg onload=alert(3)>.txt", "Israel released 250 Palestinian prisoners " + attack + "."));

        String html = html(report);
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, img, svg, [onerror], [onload]")).isEmpty();
        assertThat(html).doesNotContain("<script", "<img", "<svg", "<th><script");
        Element table = page.selectFirst("table.alignment");
        assertThat(table.select("thead th").eachText()).containsExactly("Fact", "Verdict", "a",
                "b\"><svg onload=alert(3)> </th><script>alert(4)</script>");
        assertThat(table.select("tbody td").get(1).text())
                .isEqualTo("240 only here <script>alert(1)</script><img src=x onerror=alert(2)> Israel released 240"
                        + " Palestinian prisoners \"'&.");
        assertThat(table.select("tbody td").get(2).text())
                .isEqualTo("250 outlier only here Israel released 250 Palestinian prisoners <script>alert(1)</script><img"
                        + " src=x onerror=alert(2)>.");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")
                .contains("&quot;&#39;&amp;.");
    }

    @Test
    void plainTextTableNumbersTheArticlesAndMarksTheOutlier() {
        assertThat(AlignmentText.of(ReportFixtures.prisoners(dir))).isEqualTo("""
                  Alignment: 2 facts stated by two or more articles (marks: ! outlier, ^ only this article states\
                 the value, ? not compared, - not stated)
                    A1 = a (Example Wire)
                    A2 = b (Press & <Co>)
                    A3 = c
                    fact                check            verdict          A1   A2   A3
                    prisoners-released  prisoners-agree  error: disagree  240  240  250!^
                    people-killed       killed-agree     agree            12   12   12
                """);
    }

    @Test
    void plainTextTableEscapesHiddenCharacters() {
        String table = AlignmentText.of(ReportFixtures.hostilePrisoners(dir));

        assertThat(table).doesNotContain("\u001b", "\u009b", "\u202E", "\u0007", "\b")
                .contains("A3 = c (Wire\\u001B[31m)");
    }

    @Test
    void sameStorySameTable() {
        StoryReport report = ReportFixtures.prisoners(dir);

        assertThat(AlignmentText.of(ReportFixtures.prisoners(dir))).isEqualTo(AlignmentText.of(report));
    }
}
