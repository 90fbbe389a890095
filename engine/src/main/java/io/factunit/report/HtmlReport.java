package io.factunit.report;

import static io.factunit.report.Html.escape;

import io.factunit.article.Article;
import io.factunit.check.AlignedFact;
import io.factunit.check.BaselineAudit;
import io.factunit.check.CheckResult;
import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import io.factunit.check.ValueText;
import io.factunit.claim.Claim;
import io.factunit.rules.AcceptedDiscrepancy;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained page for editors: totals per story, then each failure with the disagreeing sentences
 * side by side (one column per article, the claim's words marked), then passes and skips folded away.
 * Inline CSS only: no scripts, fonts or images to fetch, so it opens the same from a CI artifact or a mail.
 */
final class HtmlReport implements ReportFormat {
    private static final String CSS = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;margin:0;background:#f6f8fa}
            main,header{max-width:1200px;margin:0 auto;padding:0 24px}
            header{padding-top:16px}
            h1{font-size:24px;margin:8px 0}
            h2{font-size:20px;margin:32px 0 12px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
            h2 small,.id{color:#59636e;font-weight:normal;font-size:13px}
            table{border-collapse:collapse;background:#fff;margin:12px 0}
            th,td{border:1px solid #d0d7de;padding:4px 10px;text-align:left}
            td.n{text-align:right}
            .failure{background:#fff;border:1px solid #d0d7de;border-left:4px solid #cf222e;border-radius:6px;padding:12px 16px;margin:16px 0}
            .failure.warning{border-left-color:#bf8700}
            .failure.info{border-left-color:#0969da}
            .failure h3{margin:0 0 4px;font-size:17px}
            .badge{display:inline-block;font-size:12px;font-weight:600;border-radius:10px;padding:0 8px;color:#fff;background:#cf222e;vertical-align:middle}
            .badge.warning{background:#9a6700}
            .badge.info{background:#0969da}
            .columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:12px;margin:12px 0}
            .column{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;background:#fbfcfd}
            .column.outlier{border-color:#cf222e;background:#fff8f8}
            .column h4{margin:0 0 6px;font-size:14px}
            .where{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;color:#59636e;margin:8px 0 2px}
            blockquote{margin:0 0 8px;padding-left:10px;border-left:3px solid #d0d7de}
            mark{background:#fff1a8;padding:0 2px;border-radius:3px;font-weight:600}
            mark.outlier{background:#ffc1c0}
            .tag{font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:#cf222e;margin-left:2px}
            details{margin:8px 0}
            summary{cursor:pointer;font-weight:600}
            pre{white-space:pre-wrap;font-size:12px;background:#f6f8fa;padding:8px;border-radius:6px}
            ul.results{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:8px 8px 8px 28px}
            .scroll{overflow-x:auto}
            table.alignment{font-size:13px;width:100%}
            table.alignment caption{text-align:left;color:#59636e;padding:4px 0}
            table.alignment th,table.alignment td{vertical-align:top}
            table.alignment thead th{background:#f6f8fa}
            table.alignment th[scope=row]{font-weight:normal;min-width:160px}
            table.alignment th .kind{font-weight:600}
            table.alignment .about,table.alignment .note,table.alignment th .id{display:block;color:#59636e;font-size:12px}
            table.alignment td.outlier{background:#fff1f0}
            table.alignment td.none{color:#8c959f;text-align:center}
            table.alignment tr.failed th[scope=row]{border-left:4px solid #cf222e}
            table.alignment tr.failed.warning th[scope=row]{border-left-color:#bf8700}
            table.alignment tr.failed.info th[scope=row]{border-left-color:#0969da}
            table.alignment .value{font-weight:600;margin:0}
            table.alignment .wording{margin:0;color:#424a53}
            .tag.alone,.tag.unread{color:#59636e}
            """;

    /** Words either side of a value in the alignment table: enough to tell what it counts, short enough to scan. */
    private static final int WORDING_WORDS = 5;

    private final ReportPaths paths;

    public HtmlReport() {
        this(ReportPaths.workingDirectory());
    }

    HtmlReport(ReportPaths paths) {
        this.paths = paths;
    }

    @Override
    public ReportWriter writer(Writer out, Scratch scratch) throws IOException {
        return new Streaming(out, scratch);
    }

    /**
     * The page opens with the number of failures and a table of every story, so nothing is written before
     * the last story is in: the table's rows and the stories' sections wait in its {@link Scratch}.
     */
    private final class Streaming implements ReportWriter {
        private final Writer out;
        private final SpilledSection rows;
        private final SpilledSection sections;
        /** Articles, claims, failed, passed, skipped: the summary table's last row. */
        private final long[] totals = new long[5];
        private long stories;

        Streaming(Writer out, Scratch scratch) throws IOException {
            this.out = out;
            rows = new SpilledSection(scratch);
            try {
                sections = new SpilledSection(scratch);
            } catch (IOException | RuntimeException e) {
                rows.close();
                throw e;
            }
        }

        @Override
        public void story(StoryReport story) throws IOException {
            StringBuilder row = new StringBuilder();
            long[] numbers = {story.story().articles().size(), story.claims().size(), story.count(Status.FAILED),
                    story.count(Status.PASSED), story.count(Status.SKIPPED)};
            row.append("<tr><td><a href=\"#").append(escape(anchor(story))).append("\">")
                    .append(escape(title(story))).append("</a></td>");
            cells(row, numbers);
            rows.writer().append(row);
            for (int i = 0; i < numbers.length; i++) {
                totals[i] += numbers[i];
            }
            stories++;
            StringBuilder section = new StringBuilder();
            HtmlReport.this.story(section, story);
            sections.writer().append(section);
        }

        @Override
        public void stale(List<AcceptedDiscrepancy> entries) throws IOException {
            StringBuilder section = new StringBuilder("<section class=\"story\" id=\"stale-baseline\">\n")
                    .append("<h2>Stale baseline entries</h2>\n<ul>\n");
            for (AcceptedDiscrepancy entry : entries) {
                section.append("<li class=\"failed\">").append(escape(entry.location() + ": "
                        + BaselineAudit.describe(entry))).append("</li>\n");
            }
            sections.writer().append(section.append("</ul>\n</section>\n"));
        }

        @Override
        public void finish() throws IOException {
            StringBuilder head = new StringBuilder();
            head.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>FactUnit report: ").append(totals[2]).append(" failed</title>\n")
                    .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>FactUnit report</h1>\n")
                    .append("<table class=\"summary\">\n<thead><tr><th>Story</th><th>Articles</th><th>Claims</th>")
                    .append("<th>Failed</th><th>Passed</th><th>Skipped</th></tr></thead>\n<tbody>\n");
            out.append(head);
            rows.pourInto(out);
            StringBuilder summaryEnd = new StringBuilder();
            summaryEnd.append("<tr><th>").append(stories).append(stories == 1 ? " story" : " stories").append("</th>");
            cells(summaryEnd, totals);
            summaryEnd.append("</tbody>\n</table>\n</header>\n<main>\n");
            out.append(summaryEnd);
            sections.pourInto(out);
            out.append("</main>\n</body>\n</html>\n");
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try (rows; sections) {
                // both files are deleted, also when deleting one fails
            }
        }
    }

    private static void cells(StringBuilder out, long[] numbers) {
        for (long n : numbers) {
            out.append("<td class=\"n\">").append(n).append("</td>");
        }
        out.append("</tr>\n");
    }

    private void story(StringBuilder out, StoryReport story) {
        out.append("<section class=\"story\" id=\"").append(escape(anchor(story))).append("\">\n<h2>")
                .append(escape(title(story))).append(" <small>").append(escape(paths.display(story.story().dir())))
                .append("</small></h2>\n");
        List<CheckResult> passed = new ArrayList<>();
        List<CheckResult> skipped = new ArrayList<>();
        for (CheckResult result : story.results()) {
            switch (result.status()) {
                case FAILED -> failure(out, result);
                case PASSED -> passed.add(result);
                case SKIPPED -> skipped.add(result);
            }
        }
        if (story.count(Status.FAILED) == 0) {
            out.append("<p>No contradictions found.</p>\n");
        }
        alignment(out, story);
        folded(out, passed, "passed");
        folded(out, skipped, "skipped");
        out.append("</section>\n");
    }

    private void failure(StringBuilder out, CheckResult result) {
        String severity = result.severity().yamlName();
        out.append("<article class=\"failure ").append(severity).append("\">\n<h3><span class=\"badge ")
                .append(severity).append("\">").append(severity).append("</span> ").append(escape(result.check().title()))
                .append("</h3>\n<p class=\"id\">").append(escape(result.check().id())).append(" · ")
                .append(result.check().kind().yamlName()).append("</p>\n<p>").append(escape(result.summary()))
                .append("</p>\n<div class=\"columns\">\n");
        Map<String, List<Claim>> byArticle = new LinkedHashMap<>();
        for (Claim claim : result.claims()) {
            byArticle.computeIfAbsent(claim.articleId(), id -> new ArrayList<>()).add(claim);
        }
        byArticle.values().forEach(claims -> column(out, claims.get(0).article(), claims, result.outlier()));
        out.append("</div>\n<details><summary>Full message</summary>\n<pre>").append(escape(result.message()))
                .append("</pre>\n</details>\n</article>\n");
    }

    private void column(StringBuilder out, Article article, List<Claim> claims, Claim outlier) {
        boolean hasOutlier = claims.stream().anyMatch(claim -> isOutlier(claim, outlier));
        out.append("<div class=\"column").append(hasOutlier ? " outlier" : "").append("\">\n<h4>")
                .append(escape(article.id()));
        if (article.source() != null) {
            out.append(" · ").append(escape(article.source()));
        }
        if (hasOutlier) {
            out.append(" <span class=\"tag\">outlier</span>");
        }
        out.append("</h4>\n");
        for (Claim claim : claims) {
            out.append("<p class=\"where\">").append(escape(paths.display(article.path()))).append(':')
                    .append(claim.position().line()).append(':').append(claim.position().column()).append(" · ")
                    .append(escape(ValueText.of(claim.mention()))).append("</p>\n<blockquote>")
                    .append(Html.highlighted(claim, isOutlier(claim, outlier) ? "outlier" : "value")).append("</blockquote>\n");
        }
        out.append("</div>\n");
    }

    private static boolean isOutlier(Claim claim, Claim outlier) {
        return outlier != null && claim.id().equals(outlier.id());
    }

    /**
     * The story's alignment table: a row per fact the checks compared across two or more articles, a column per
     * article that states any ({@link AlignmentGrid}).
     */
    private static void alignment(StringBuilder out, StoryReport story) {
        AlignmentGrid grid = AlignmentGrid.of(story);
        if (grid.isEmpty()) {
            return;
        }
        String id = escape(anchor(story)) + "-alignment";
        int facts = grid.rows().size();
        out.append("<section class=\"alignment\" aria-labelledby=\"").append(id).append("\">\n<h3 id=\"").append(id)
                .append("\">What each article says</h3>\n<div class=\"scroll\">\n<table class=\"alignment\">\n<caption>")
                .append(facts).append(facts == 1 ? " fact" : " facts").append(" stated by two or more articles, as the")
                .append(" checks compared them. An outlier disagrees with the majority; “only here”: no other article")
                .append(" states this value; “not compared”: the check could not weigh it; –: the article does not state it.</caption>\n")
                .append("<thead><tr><th scope=\"col\">Fact</th><th scope=\"col\">Verdict</th>");
        for (Article article : grid.columns()) {
            out.append("<th scope=\"col\">").append(escape(article.id()));
            if (article.source() != null) {
                out.append(" <span class=\"about\">").append(escape(article.source())).append("</span>");
            }
            out.append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (AlignedFact fact : grid.rows()) {
            row(out, grid, fact);
        }
        out.append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static void row(StringBuilder out, AlignmentGrid grid, AlignedFact fact) {
        out.append("<tr class=\"").append(fact.status().name().toLowerCase(java.util.Locale.ROOT));
        if (fact.status() == Status.FAILED) {
            out.append(' ').append(fact.severity().yamlName());
        }
        String details = AlignmentGrid.details(fact);
        out.append("\"><th scope=\"row\"><span class=\"kind\">").append(escape(AlignmentGrid.kind(fact))).append("</span>");
        if (!details.isEmpty()) {
            out.append(" <span class=\"about\">").append(escape(details)).append("</span>");
        }
        out.append(" <span class=\"id\">").append(escape(fact.check().id())).append("</span></th><td>")
                .append(escape(AlignmentGrid.verdict(fact)));
        if (fact.status() != Status.PASSED) {
            out.append(" <span class=\"note\">").append(escape(fact.summary())).append("</span>");
        }
        out.append("</td>");
        for (Article article : grid.columns()) {
            List<AlignmentGrid.Shown> shown = AlignmentGrid.cell(fact, article);
            if (shown.isEmpty()) {
                out.append("<td class=\"none\">–</td>");
                continue;
            }
            boolean outlier = shown.stream().anyMatch(r -> r.first().verdict() == AlignedFact.Verdict.OUTLIER);
            out.append(outlier ? "<td class=\"outlier\">" : "<td>");
            for (AlignmentGrid.Shown one : shown) {
                AlignedFact.Reading reading = one.first();
                boolean isOutlier = reading.verdict() == AlignedFact.Verdict.OUTLIER;
                out.append("<p class=\"value\">").append(escape(reading.value()));
                if (one.times() > 1) {
                    out.append(" <span class=\"tag unread\">×").append(one.times()).append("</span>");
                }
                if (isOutlier) {
                    out.append(" <span class=\"tag\">outlier</span>");
                }
                if (AlignmentGrid.markedAlone(fact, reading)) {
                    out.append(" <span class=\"tag alone\">only here</span>");
                }
                if (reading.verdict() == AlignedFact.Verdict.NOT_COMPARED) {
                    out.append(" <span class=\"tag unread\">not compared</span>");
                }
                out.append("</p><p class=\"wording\">").append(Html.excerpt(reading.claim(), isOutlier ? "outlier" : "value",
                        WORDING_WORDS)).append("</p>");
            }
            out.append("</td>");
        }
        out.append("</tr>\n");
    }

    private static void folded(StringBuilder out, List<CheckResult> results, String status) {
        if (results.isEmpty()) {
            return;
        }
        out.append("<details class=\"").append(status).append("\">\n<summary>").append(results.size()).append(' ')
                .append(status).append("</summary>\n<ul class=\"results\">\n");
        for (CheckResult result : results) {
            out.append("<li><b>").append(escape(result.check().title())).append("</b> <span class=\"id\">")
                    .append(escape(result.check().id())).append("</span>: ").append(escape(result.summary()))
                    .append("</li>\n");
        }
        out.append("</ul>\n</details>\n");
    }

    private static String title(StoryReport story) {
        return story.story().title() == null ? story.story().id() : story.story().title();
    }

    private static String anchor(StoryReport story) {
        return "story-" + story.story().id().replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
