package io.factunit.check;

import io.factunit.article.Article;
import io.factunit.claim.Claim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pre-publication mode: an editor's draft checked with a story's published articles. Only a contradiction
 * the draft takes part in fails, and it says which outlets the draft disagrees with; one between published
 * articles alone passes with a note (the draft cannot fix it).
 */
final class Draft {
    private Draft() {
    }

    static StoryReport judge(StoryReport report, Article draft) {
        List<CheckResult> results = report.results().stream().map(result -> judge(result, draft)).toList();
        return new StoryReport(report.story(), report.claims(), results, report.accepted());
    }

    static CheckResult judge(CheckResult result, Article draft) {
        if (result.status() != Status.FAILED) {
            return result;
        }
        Set<String> drafted = new LinkedHashSet<>();
        Map<Article, Set<String>> published = new LinkedHashMap<>();
        for (Claim claim : result.claims()) {
            String value = ValueText.of(claim.mention());
            if (claim.articleId().equals(draft.id())) {
                drafted.add(value);
            } else {
                published.computeIfAbsent(claim.article(), a -> new LinkedHashSet<>()).add(value);
            }
        }
        if (drafted.isEmpty()) {
            return result.withStatus(Status.PASSED, "published articles only: the draft does not state this");
        }
        if (published.isEmpty()) {
            return withLead(result, "the draft contradicts itself");
        }
        List<String> outlets = new ArrayList<>();
        published.forEach((article, values) -> {
            if (values.stream().noneMatch(drafted::contains)) {
                outlets.add(outlet(article) + " (" + String.join(", ", values) + ")");
            }
        });
        if (outlets.isEmpty()) {
            return result.withStatus(Status.PASSED, "the draft agrees with the published articles that state this;"
                    + " they disagree among themselves");
        }
        return withLead(result, "the draft (" + String.join(", ", drafted) + ") disagrees with "
                + String.join(", ", outlets));
    }

    /** The outlet's name when the article gives it, else its id. */
    private static String outlet(Article article) {
        return article.source() != null ? article.source() : article.id();
    }

    private static CheckResult withLead(CheckResult result, String lead) {
        return new CheckResult(result.check(), result.subject(), result.key(), result.status(), result.severity(),
                lead + ": " + result.summary(), lead + ".\n" + result.message(), result.claims(), result.outlier(),
                result.expected(), result.actual(), result.facts());
    }
}
