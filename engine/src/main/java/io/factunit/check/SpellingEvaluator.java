package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.PersonMention;
import io.factunit.rules.CheckDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * same-spelling: a person who sounds the same everywhere ({@link PersonIdentity}) is spelled the same
 * everywhere. Only full names count; a surname-only reference carries the full name it was linked to.
 */
final class SpellingEvaluator implements GroupEvaluator {

    @Override
    public String key(CheckDefinition check, Claim claim) {
        return PersonIdentity.of((PersonMention) claim.mention());
    }

    @Override
    public CheckResult evaluate(CheckDefinition check, String key, List<Claim> group) {
        List<Claim> claims = Evidence.sorted(group);
        Map<String, List<Claim>> bySpelling = new LinkedHashMap<>();
        for (Claim claim : claims) {
            bySpelling.computeIfAbsent(((PersonMention) claim.mention()).name(), s -> new ArrayList<>()).add(claim);
        }
        List<String> spellings = new ArrayList<>(bySpelling.keySet());
        spellings.sort((a, b) -> {
            int byArticles = Integer.compare(Evidence.articles(bySpelling.get(b)).size(),
                    Evidence.articles(bySpelling.get(a)).size());
            // a tie goes to the spelling of the earliest article, the story's reference for the rest
            return byArticles != 0 ? byArticles
                    : Evidence.ORDER.compare(bySpelling.get(a).get(0), bySpelling.get(b).get(0));
        });
        String main = spellings.get(0);
        Set<String> articles = Evidence.articles(claims);
        if (articles.size() < 2) {
            return Results.skipped(check, main, key, "only " + Evidence.articleList(claims) + " names " + main, claims);
        }
        if (spellings.size() == 1) {
            String summary = main + " in " + Evidence.count(articles.size());
            return Results.passed(check, main, key, summary, check.title() + ": " + summary + ", spelled alike.", claims);
        }
        String other = spellings.get(1);
        List<Claim> outliers = bySpelling.get(other);
        Claim outlier = outliers.get(outliers.size() - 1);
        StringBuilder message = new StringBuilder(check.title()).append(": one person, ").append(spellings.size())
                .append(" spellings.");
        for (String spelling : spellings) {
            List<Claim> uses = bySpelling.get(spelling);
            message.append("\n  \"").append(spelling).append("\" in ").append(Evidence.articleList(uses)).append(':')
                    .append(Evidence.lines(firstPerArticle(uses), c -> ((PersonMention) c.mention()).name()));
        }
        String summary = String.join(" vs ", spellings.stream().map(s -> "\"" + s + "\" ("
                + Evidence.articleList(bySpelling.get(s)) + ")").toList());
        return Results.failed(check, check.severity(), main, key, summary, message.toString(), claims, outlier, main,
                other);
    }

    private static List<Claim> firstPerArticle(List<Claim> claims) {
        Map<String, Claim> first = new LinkedHashMap<>();
        claims.forEach(c -> first.putIfAbsent(c.articleId(), c));
        return List.copyOf(first.values());
    }
}
