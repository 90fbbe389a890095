package io.factunit.report;

import java.util.Locale;

/** The report formats by name, as the command line and the docs spell them. */
public final class Reports {
    private Reports() {
    }

    public static ReportFormat byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "text" -> new TextReport();
            case "json" -> new JsonReport();
            case "sarif" -> new SarifReport();
            case "html" -> new HtmlReport();
            case "github" -> new GithubReport();
            default -> throw new IllegalArgumentException(
                    "unknown format '" + name + "' (expected one of: text, json, sarif, html, github)");
        };
    }
}
