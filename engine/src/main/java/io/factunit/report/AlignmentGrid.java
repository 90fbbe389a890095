package io.factunit.report;

import io.factunit.article.Article;
import io.factunit.check.AlignedFact;
import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story's alignment laid out for reading: one row per fact the checks compared across two or more articles,
 * one column per article that states any of them, in the story's article order (articles that state none are
 * left out, so a large story stays narrow). Disagreements come first, then agreements, then facts aligned but not
 * compared, each in the story's result order. The facts and their verdicts are the checks' own.
 */
final class AlignmentGrid {
    private final List<Article> columns;
    private final List<AlignedFact> rows;

    private AlignmentGrid(List<Article> columns, List<AlignedFact> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    static AlignmentGrid of(StoryReport story) {
        List<AlignedFact> rows = new ArrayList<>();
        for (Status status : List.of(Status.FAILED, Status.PASSED, Status.SKIPPED)) {
            story.alignment().stream().filter(f -> f.status() == status).forEach(rows::add);
        }
        Set<String> stating = new HashSet<>();
        rows.forEach(fact -> stating.addAll(fact.articles()));
        List<Article> columns = new ArrayList<>();
        for (Article article : story.story().articles()) {
            if (stating.contains(article.id())) {
                columns.add(article);
            }
        }
        return new AlignmentGrid(List.copyOf(columns), rows);
    }

    List<Article> columns() {
        return columns;
    }

    List<AlignedFact> rows() {
        return rows;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * What an article says of a fact: each value it states with the check's verdict, once, in text order (the
     * first reading of it, and how many readings say it); none when it does not state the fact. A name an article
     * repeats ten times is one line.
     */
    static List<Shown> cell(AlignedFact fact, Article article) {
        Map<String, Shown> shown = new LinkedHashMap<>();
        for (AlignedFact.Reading reading : fact.readings()) {
            if (reading.articleId().equals(article.id())) {
                shown.merge(reading.value() + "\u0000" + reading.verdict(), new Shown(reading, 1),
                        (a, b) -> new Shown(a.first(), a.times() + 1));
            }
        }
        return List.copyOf(shown.values());
    }

    /** One value of one article in a fact: its first reading, and how many times the article states it so. */
    record Shown(AlignedFact.Reading first, int times) {
    }

    /** The claim kind: "prisoners-released", "figures", "event-dates". */
    static String kind(AlignedFact fact) {
        return fact.about().get("claim");
    }

    /** The rest of what the fact is about: "head: side · verb: release". */
    static String details(AlignedFact fact) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> entry : fact.about().entrySet()) {
            if (!entry.getKey().equals("claim")) {
                parts.add(entry.getKey() + ": " + entry.getValue());
            }
        }
        return String.join(" · ", parts);
    }

    /** "agree", "error: disagree", "not compared": the verdict, in words that do not need colour. */
    static String verdict(AlignedFact fact) {
        return switch (fact.status()) {
            case PASSED -> "agree";
            case FAILED -> fact.severity().yamlName() + ": disagree";
            case SKIPPED -> "not compared";
        };
    }

    /**
     * Whether to mark a reading as the only article with its value: where the articles do not all agree (a
     * failed or skipped fact), a value no other article states. Agreeing values may differ in words alone.
     */
    static boolean markedAlone(AlignedFact fact, AlignedFact.Reading reading) {
        return fact.status() != Status.PASSED && fact.alone(reading);
    }
}
