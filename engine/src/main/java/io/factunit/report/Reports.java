package io.factunit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/** The report formats by name, as the command line and the docs spell them. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Reports {
    private Reports() {
    }

    public static ReportFormat byName(String name) {
        return byName(name, false);
    }

    /**
     * As {@link #byName(String)}; {@code showInapplicable} lists, in the text and HTML reports, the checks nothing in
     * a story speaks to (otherwise counted on a line of their own). The other formats list every result.
     */
    public static ReportFormat byName(String name, boolean showInapplicable) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "text" -> new TextReport(showInapplicable);
            case "json" -> new JsonReport();
            case "sarif" -> new SarifReport();
            case "html" -> new HtmlReport(showInapplicable);
            case "github" -> new GithubReport();
            default -> throw new IllegalArgumentException(
                    "unknown format '" + name + "' (expected one of: text, json, sarif, html, github)");
        };
    }
}
