package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.person.PersonMention;
import io.factunit.rules.CheckDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * same-spelling: a person is spelled one way across articles. Names are grouped by how their surname
 * sounds ({@link PersonIdentity}); within a group, two spellings conflict only when their given names or
 * surnames are variants of one another ({@link NameSpelling}). Different people who share a surname
 * ("Jon Stewart", "James Stewart") and a middle name or title that one outlet leaves out are not conflicts.
 */
final class SpellingEvaluator implements GroupEvaluator {
    private final NameSpelling.Reader names;

    SpellingEvaluator(NameSpelling.Reader names) {
        this.names = names;
    }

    @Override
    public String key(CheckDefinition check, Claim claim) {
        return PersonIdentity.ofSurname((PersonMention) claim.mention());
    }

    @Override
    public CheckResult evaluate(CheckDefinition check, String key, List<Claim> group) {
        List<Claim> claims = Evidence.sorted(group);
        Judgement judgement = new Judgement();
        judgement.compared = claims;
        CheckResult result = judge(check, key, claims, judgement);
        judgement.about.put("person", result.subject());
        // a surname's group may hold a family ("Gary Gomes", "Catherine Gomes"): the fact is the two spellings in
        // conflict; a name spelled alike (or differing in a middle name only) is no row an editor needs
        AlignedFact fact = result.status() == Status.FAILED
                ? judgement.fact(check, result.claims(), result, SpellingEvaluator::name) : null;
        return fact == null ? result : result.withFacts(List.of(fact));
    }

    private CheckResult judge(CheckDefinition check, String key, List<Claim> claims, Judgement judgement) {
        Map<String, List<Claim>> bySpelling = new LinkedHashMap<>();
        for (Claim claim : claims) {
            bySpelling.computeIfAbsent(name(claim), s -> new ArrayList<>()).add(claim);
        }
        List<String> spellings = new ArrayList<>(bySpelling.keySet());
        // most articles first; a tie goes to the earliest article, the story's reference for the rest
        spellings.sort((a, b) -> {
            int byArticles = Integer.compare(Evidence.articles(bySpelling.get(b)).size(),
                    Evidence.articles(bySpelling.get(a)).size());
            return byArticles != 0 ? byArticles
                    : Evidence.ORDER.compare(bySpelling.get(a).get(0), bySpelling.get(b).get(0));
        });
        String main = spellings.get(0);
        if (Evidence.articles(claims).size() < 2) {
            return Results.skipped(check, main, key, "only " + Evidence.articleList(claims) + " names " + main, claims);
        }
        for (int i = 0; i < spellings.size(); i++) {
            for (int j = i + 1; j < spellings.size(); j++) {
                if (names.of(spellings.get(i)).isVariantOf(names.of(spellings.get(j)))) {
                    List<Claim> other = bySpelling.get(spellings.get(j));
                    judgement.majority = claims.stream().filter(c -> !other.contains(c)).toList();
                    return conflict(check, key, claims, bySpelling, spellings.get(i), spellings.get(j));
                }
            }
        }
        String summary = String.join(" / ", spellings) + " in " + Evidence.count(Evidence.articles(claims).size());
        return Results.passed(check, main, key, summary, check.title() + ": " + summary + ", spelled alike"
                + (spellings.size() > 1 ? " (differing only in middle names, initials, titles or nicknames)" : "")
                + ".", claims);
    }

    private static CheckResult conflict(CheckDefinition check, String key, List<Claim> claims,
                                        Map<String, List<Claim>> bySpelling, String main, String other) {
        List<Claim> outliers = bySpelling.get(other);
        Claim outlier = outliers.get(outliers.size() - 1);
        StringBuilder message = new StringBuilder(check.title()).append(": one person, two spellings.");
        for (String spelling : List.of(main, other)) {
            List<Claim> uses = bySpelling.get(spelling);
            message.append("\n  \"").append(spelling).append("\" in ").append(Evidence.articleList(uses)).append(':')
                    .append(Evidence.lines(firstPerArticle(uses), SpellingEvaluator::name));
        }
        String summary = "\"" + main + "\" (" + Evidence.articleList(bySpelling.get(main)) + ") vs \"" + other + "\" ("
                + Evidence.articleList(outliers) + ")";
        List<Claim> involved = new ArrayList<>(bySpelling.get(main));
        involved.addAll(outliers);
        return Results.failed(check, check.severity(), main, key, summary, message.toString(), involved, outlier,
                main, other);
    }

    private static String name(Claim claim) {
        return ((PersonMention) claim.mention()).name();
    }

    private static List<Claim> firstPerArticle(List<Claim> claims) {
        Map<String, Claim> first = new LinkedHashMap<>();
        claims.forEach(c -> first.putIfAbsent(c.articleId(), c));
        return List.copyOf(first.values());
    }
}
