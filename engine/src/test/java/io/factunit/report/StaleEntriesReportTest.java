package io.factunit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.rules.AcceptedDiscrepancy;
import io.factunit.rules.Location;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format warns about a stale baseline entry, at its line of the baseline file. */
class StaleEntriesReportTest {
    private static final String WARNING = "stale baseline entry: prisoners-agree in gaza with a: 1, b: 2 matches no"
            + " failure; remove it (or run --update-baseline)";

    @TempDir
    Path dir;

    @Test
    void textWarnsBeforeTheTotals() throws IOException {
        assertThat(render(new TextReport())).contains("WARNING baseline.yaml:3:5: " + WARNING + "\n\n"
                + "1 skip with nothing to compare is not listed (--show-inapplicable lists them)\n1 passed, 1 failed, 1 skipped\n");
    }

    @Test
    void githubAnnotatesTheEntrysLine() throws IOException {
        assertThat(render(new GithubReport(ReportPaths.workingDirectory()))).contains(
                "::warning file=baseline.yaml,line=3,col=5,title=stale baseline entry::" + WARNING + "\n");
    }

    @Test
    void sarifHasAWarningResultUnderARuleOfItsOwn() throws IOException {
        String sarif = render(new SarifReport(ReportPaths.workingDirectory()));
        assertThat(sarif).contains("\"id\" : \"factunit-stale-baseline-entry\"", "\"text\" : \"" + WARNING + "\"",
                "\"uri\" : \"baseline.yaml\"", "\"startLine\" : 3");
    }

    @Test
    void htmlHasASection() throws IOException {
        assertThat(render(new HtmlReport())).contains("<h2>Stale baseline entries</h2>\n<ul>\n<li class=\"failed\">"
                + "baseline.yaml:3:5: " + WARNING + "</li>");
    }

    private String render(ReportFormat format) throws IOException {
        AcceptedDiscrepancy stale = new AcceptedDiscrepancy("prisoners-agree", "gaza", "", List.of("a: 1", "b: 2"), "old",
                "desk", new Location("baseline.yaml", 3, 5));
        StringWriter out = new StringWriter();
        try (ReportWriter writer = format.writer(out)) {
            writer.story(ReportFixtures.prisoners(dir));
            writer.stale(List.of(stale));
            writer.finish();
        }
        return out.toString();
    }
}
