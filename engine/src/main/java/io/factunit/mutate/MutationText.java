package io.factunit.mutate;

import io.factunit.article.HiddenCharacters;
import java.util.List;
import java.util.Locale;

/**
 * The text report of {@code factunit mutate}: per kind how many plants were made and caught, then every plant
 * missed with its place in the original file, then the failures of the untouched stories. Same run, same bytes.
 */
public final class MutationText {
    /** Longer facts are cut in the missed list (the JSON report keeps them whole). */
    private static final int MAX_FACT = 100;

    private MutationText() {
    }

    public static String render(MutationReport report) {
        StringBuilder out = new StringBuilder();
        MutationSettings settings = report.settings();
        out.append("Mutation test of ").append(count(report.stories().size(), "story", "stories"))
                .append(": seed ").append(settings.seed()).append(", at most ").append(settings.maxPerStory())
                .append(" plants per kind and story\n\n");
        out.append(String.format(Locale.ROOT, "%-8s %8s %8s %8s%n", "kind", "planted", "caught", "caught %"));
        int planted = 0;
        int caught = 0;
        for (MutationReport.Tally tally : report.tallies()) {
            out.append(row(tally.kind().label(), tally.planted(), tally.caught()));
            planted += tally.planted();
            caught += tally.caught();
        }
        out.append(row("all", planted, caught));
        List<PlantResult> missed = report.plants().stream().filter(r -> !r.caught())
                .sorted(java.util.Comparator.comparing(r -> r.plant().kind())).toList();
        out.append("\nMissed (").append(missed.size()).append("):\n");
        for (PlantResult result : missed) {
            Plant plant = result.plant();
            out.append(String.format(Locale.ROOT, "  %-6s %s  \"%s\" -> \"%s\"  in \"%s\" (%d articles)%n",
                    plant.kind().label(), HiddenCharacters.escape(plant.where()), escape(plant.before()),
                    escape(plant.after()), escape(cut(plant.fact())), plant.articles()));
        }
        List<Finding> failures = report.untouchedFailures();
        out.append("\nFailures on the untouched stories (").append(failures.size()).append("):\n");
        for (Finding failure : failures) {
            out.append("  ").append(HiddenCharacters.escape(failure.where())).append("  ").append(failure.check())
                    .append(" [").append(failure.severity().yamlName()).append("]  ")
                    .append(escape(failure.summary())).append('\n');
        }
        return out.toString();
    }

    private static String row(String kind, int planted, int caught) {
        return String.format(Locale.ROOT, "%-8s %8d %8d %8s%n", kind, planted, caught, percent(caught, planted));
    }

    /** "85.0", or "-" when nothing was planted. */
    static String percent(int caught, int planted) {
        return planted == 0 ? "-" : String.format(Locale.ROOT, "%.1f", 100.0 * caught / planted);
    }

    private static String cut(String fact) {
        return fact.length() <= MAX_FACT ? fact : fact.substring(0, MAX_FACT - 3) + "...";
    }

    /** One line: line breaks as spaces, invisible characters shown. */
    private static String escape(String text) {
        return HiddenCharacters.escape(text.replaceAll("\\R", " "));
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
