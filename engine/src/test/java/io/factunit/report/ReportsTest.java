package io.factunit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportsTest {
    @Test
    void everyDocumentedFormatByName() {
        assertThat(Reports.byName("text")).isInstanceOf(TextReport.class);
        assertThat(Reports.byName("json")).isInstanceOf(JsonReport.class);
        assertThat(Reports.byName("sarif")).isInstanceOf(SarifReport.class);
        assertThat(Reports.byName("HTML")).isInstanceOf(HtmlReport.class);
        assertThat(Reports.byName("github")).isInstanceOf(GithubReport.class);
    }

    @Test
    void unknownFormatListsTheKnownOnes() {
        assertThatThrownBy(() -> Reports.byName("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format 'xml' (expected one of: text, json, sarif, html, github)");
    }
}
