package io.factunit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.article.Article;
import io.factunit.article.HiddenCharacters;
import io.factunit.check.AlignedFact;
import io.factunit.check.StoryReport;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A story's alignment as a plain-text table: one row per fact, one column per article (numbered, with a key
 * above), the value each article states with a mark for how the check judged it. Article text is shown with
 * hidden characters escaped, as everywhere in the text output.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AlignmentText {
    static final String LEGEND = "marks: ! outlier, ^ only this article states the value, ? not compared,"
            + " - not stated";

    private AlignmentText() {
    }

    /** The table, every line ending in a newline; "" when no fact is stated by two or more articles. */
    public static String of(StoryReport story) {
        AlignmentGrid grid = AlignmentGrid.of(story);
        if (grid.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int facts = grid.rows().size();
        out.append("  Alignment: ").append(facts).append(facts == 1 ? " fact" : " facts")
                .append(" stated by two or more articles (").append(LEGEND).append(")\n");
        List<Article> columns = grid.columns();
        for (int i = 0; i < columns.size(); i++) {
            Article article = columns.get(i);
            out.append("    A").append(i + 1).append(" = ").append(escape(article.id()))
                    .append(article.source() == null ? "" : " (" + escape(article.source()) + ")").append('\n');
        }
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("fact", "check", "verdict"));
        for (int i = 0; i < columns.size(); i++) {
            header.add("A" + (i + 1));
        }
        table.add(header);
        for (AlignedFact fact : grid.rows()) {
            List<String> row = new ArrayList<>();
            String details = AlignmentGrid.details(fact);
            row.add(escape(AlignmentGrid.kind(fact) + (details.isEmpty() ? "" : " (" + details.replace(" · ", ", ")
                    + ")")));
            row.add(fact.check().id());
            row.add(AlignmentGrid.verdict(fact));
            for (Article article : columns) {
                row.add(cell(fact, article));
            }
            table.add(row);
        }
        int[] widths = new int[header.size()];
        for (List<String> row : table) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : table) {
            StringBuilder line = new StringBuilder("    ");
            for (int i = 0; i < row.size(); i++) {
                line.append(row.get(i));
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - row.get(i).length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** "240", "250!^", "about 1,200 | 1,200", "-": the article's values with their marks. */
    private static String cell(AlignedFact fact, Article article) {
        List<AlignmentGrid.Shown> shown = AlignmentGrid.cell(fact, article);
        if (shown.isEmpty()) {
            return "-";
        }
        List<String> values = new ArrayList<>();
        for (AlignmentGrid.Shown one : shown) {
            AlignedFact.Reading reading = one.first();
            String marks = (reading.verdict() == AlignedFact.Verdict.OUTLIER ? "!" : "")
                    + (AlignmentGrid.markedAlone(fact, reading) ? "^" : "")
                    + (reading.verdict() == AlignedFact.Verdict.NOT_COMPARED ? "?" : "");
            values.add(escape(reading.value()) + marks);
        }
        return String.join(" | ", values);
    }

    private static String escape(String text) {
        return HiddenCharacters.escape(text);
    }
}
