package io.factunit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.factunit.check.StoryReport;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    @TempDir
    Path dir;

    private String render(StoryReport report) {
        return new HtmlReport(new ReportPaths(dir)).render(List.of(report));
    }

    @Test
    void failureShowsOneColumnPerArticleWithTheValuesMarked() {
        Document page = Jsoup.parse(render(ReportFixtures.prisoners(dir)));

        Element failure = page.selectFirst("article.failure");
        assertThat(page.select("article.failure")).hasSize(1);
        assertThat(failure.hasClass("error")).isTrue();
        assertThat(failure.selectFirst("h3").text()).isEqualTo("error prisoner counts must match");
        assertThat(failure.selectFirst("p.id").text()).isEqualTo("prisoners-agree · agree");
        assertThat(failure.select(".column h4").eachText())
                .containsExactly("a · Example Wire", "b · Press & <Co>", "c outlier");
        assertThat(failure.select(".column.outlier h4").eachText()).containsExactly("c outlier");
        assertThat(failure.select(".where").eachText()).containsExactly(
                "gaza/a.txt:1:17 · 240", "gaza/b.txt:1:17 · 240", "gaza/c.txt:1:17 · 250");
        assertThat(failure.select("blockquote").eachText()).containsOnly("Israel released 240 Palestinian prisoners.",
                "Israel released 250 Palestinian prisoners.");
        assertThat(failure.select("mark.value").eachText()).containsExactly("240", "240");
        assertThat(failure.select("mark.outlier").eachText()).containsExactly("250");
        assertThat(failure.selectFirst("details pre").text()).startsWith("prisoner counts must match: the articles disagree.");
    }

    @Test
    void summaryCountsEachStatusAndPassesAndSkipsAreFolded() {
        Document page = Jsoup.parse(render(ReportFixtures.prisoners(dir)));

        assertThat(page.title()).isEqualTo("FactUnit report: 1 failed");
        assertThat(page.select("table.summary th").eachText())
                .containsExactly("Story", "Articles", "Claims", "Failed", "Passed", "Skipped", "1 story");
        assertThat(page.select("table.summary tbody tr").get(0).select("td").eachText())
                .containsExactly("Prisoner release", "3", "6", "1", "1", "1");
        assertThat(page.select("details.passed summary").text()).isEqualTo("1 passed");
        assertThat(page.select("details.passed li").eachText())
                .containsExactly("death tolls must match killed-agree: 12 in 3 articles");
        // a check nothing in the story speaks to is counted, not listed (the text report's rule)
        assertThat(page.select("details.skipped")).isEmpty();
        assertThat(page.select("section.story > p.id").eachText())
                .containsExactly("1 skip with nothing to compare not listed (--show-inapplicable lists them)");
        assertThat(page.select("details[open]")).isEmpty();

        Document everything = Jsoup.parse(new HtmlReport(new ReportPaths(dir), true)
                .render(List.of(ReportFixtures.prisoners(dir))));
        assertThat(everything.select("details.skipped li").eachText())
                .containsExactly("injury counts must match injured-agree: skipped: no article states people injured");
        assertThat(everything.select("section.story > p.id")).isEmpty();
    }

    @Test
    void textIsEscapedAndNothingIsFetched() {
        String html = render(ReportFixtures.prisoners(dir));

        assertThat(html).contains("b · Press &amp; &lt;Co&gt;").doesNotContain("<Co>");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                .doesNotContainIgnoringCase("src=").doesNotContain("url(").doesNotContain("@import");
        assertThat(Html.escape("<a href=\"x\">'&'</a>")).isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    }

    @Test
    void hiddenCharactersAreShownEscapedAndLayoutWhiteSpaceStays() {
        assertThat(Html.escape("the \u202Eyrtsinim\u202C said \u001b[2K\u009b\n\tnext"))
                .isEqualTo("the \\u202Eyrtsinim\\u202C said \\u001B[2K\\u009B\n\tnext");
        String page = render(ReportFixtures.hostilePrisoners(dir));
        assertThat(page).doesNotContain("\u001b", "\u009b", "\u202E", "\u0007", "\b")
                .contains("Wire\\u001B[31m");
    }

    @Test
    void theMarkFollowsTheOffsetWhenTheValueAppearsTwiceInTheSentence() {
        StoryReport report = ReportFixtures.check(dir, "gaza", ReportFixtures.RULES, null, Map.of(
                "a.txt", "After 240 days, Israel released 240 Palestinian prisoners.",
                "b.txt", "After 240 days, Israel released 250 Palestinian prisoners.",
                "c.txt", "After 240 days, Israel released 240 Palestinian prisoners."));

        assertThat(render(report)).contains("After 240 days, Israel released <mark class=\"value\">240</mark> Palestinian")
                .contains("After 240 days, Israel released <mark class=\"outlier\">250</mark> Palestinian");
    }

    @Test
    void sameInputSameBytes() {
        StoryReport report = ReportFixtures.prisoners(dir);
        String first = render(report);

        assertThat(render(report)).isEqualTo(first);
        assertThat(render(ReportFixtures.prisoners(dir))).isEqualTo(first);
    }

    /** The page as a real browser builds it: the DOM Chromium ends with, not just the text we wrote. */
    @Test
    void rendersInHeadlessChromium() throws Exception {
        Optional<Path> chromium = chromium();
        assumeTrue(chromium.isPresent(), "chromium is not installed (apt-get install chromium): skipping the"
                + " real-browser rendering of the HTML report");
        Path page = dir.resolve("report.html");
        Files.writeString(page, render(ReportFixtures.prisoners(dir)), StandardCharsets.UTF_8);
        Path dom = dir.resolve("dom.html");
        Process browser = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")), "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile())
                .redirectError(dir.resolve("chromium.log").toFile())
                .start();
        boolean finished = browser.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            browser.destroyForcibly();
        }
        assertThat(finished).as("chromium finished within 120 s").isTrue();
        assertThat(browser.exitValue()).as(Files.readString(dir.resolve("chromium.log"))).isZero();

        String rendered = Files.readString(dom, StandardCharsets.UTF_8);
        assertThat(rendered).contains("prisoner counts must match")
                .contains("<mark class=\"value\">240</mark>")
                .contains("<mark class=\"outlier\">250</mark>")
                .contains("Press &amp; &lt;Co&gt;");
        Document parsed = Jsoup.parse(rendered);
        assertThat(parsed.select("article.failure .column")).hasSize(3);
        assertThat(parsed.select("details:not([open])")).hasSize(2); // the full message and the passes
    }

    private static Optional<Path> chromium() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(folder -> !folder.isEmpty())
                .flatMap(folder -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(folder, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
