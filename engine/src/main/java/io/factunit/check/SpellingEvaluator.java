package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.person.PersonMention;
import io.factunit.rules.CheckDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * same-spelling: a person is spelled one way across articles. All of a story's names form one Drools group;
 * {@link NameIdentities} splits it into people (a surname that sounds alike or differs by a slip, with given
 * names that agree), and each person is one result. Within a person, two spellings conflict only when their
 * given names or surnames are variants of one another ({@link NameSpelling}). Different people who share a
 * surname ("Hillary Clinton", "Bill Clinton") and a middle name or title that one outlet leaves out are not
 * conflicts. A failure cites every article with each spelling.
 */
final class SpellingEvaluator implements GroupEvaluator {
    private final NameSpelling.Reader names;

    SpellingEvaluator(NameSpelling.Reader names) {
        this.names = names;
    }

    /** Every name of a story is compared with every other: a slip can change how a surname sounds. */
    @Override
    public String key(CheckDefinition check, Claim claim) {
        return "";
    }

    @Override
    public CheckResult evaluate(CheckDefinition check, String key, List<Claim> group) {
        return evaluateAll(check, key, group).get(0);
    }

    @Override
    public List<CheckResult> evaluateAll(CheckDefinition check, String key, List<Claim> group) {
        List<CheckResult> results = new ArrayList<>();
        for (List<Claim> person : NameIdentities.people(names, Evidence.sorted(group))) {
            results.add(judgeWithFact(check, person));
        }
        return results;
    }

    /** The person's result, with the spellings in conflict as its fact for the alignment table. */
    private CheckResult judgeWithFact(CheckDefinition check, List<Claim> claims) {
        Judgement judgement = new Judgement();
        judgement.compared = claims;
        CheckResult result = judge(check, claims, judgement);
        judgement.about.put("person", result.subject());
        // a person's names spelled alike (or differing in a middle name only) are no row an editor needs
        AlignedFact fact = result.status() == Status.FAILED
                ? judgement.fact(check, result.claims(), result, SpellingEvaluator::name) : null;
        return fact == null ? result : result.withFacts(List.of(fact));
    }

    private CheckResult judge(CheckDefinition check, List<Claim> claims, Judgement judgement) {
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
        String key = NameIdentities.key(bySpelling.get(main).get(0));
        if (Evidence.articles(claims).size() < 2) {
            return Results.skipped(check, main, key, "only " + Evidence.articleList(claims) + " names " + main, claims);
        }
        // the first spelling with a variant, then each variant of it that is written with other letters than
        // those already listed ("Kurbanguly Berdymukhamedov." is "Kurbanguly Berdymukhamedov", "Mr. Milliote"
        // is "Gregg Milliote")
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < spellings.size() && variants.isEmpty(); i++) {
            NameSpelling first = names.of(spellings.get(i));
            for (int j = i + 1; j < spellings.size(); j++) {
                NameSpelling other = names.of(spellings.get(j));
                if (first.isVariantOf(other) && variants.stream().noneMatch(v -> names.of(v).sameLetters(other))) {
                    if (variants.isEmpty()) {
                        variants.add(spellings.get(i));
                    }
                    variants.add(spellings.get(j));
                }
            }
        }
        if (!variants.isEmpty()) {
            Map<String, List<Claim>> uses = withSameLetters(bySpelling, spellings, variants);
            List<Claim> others = variants.subList(1, variants.size()).stream().flatMap(v -> uses.get(v).stream())
                    .toList();
            judgement.majority = claims.stream().filter(c -> !others.contains(c)).toList();
            return conflict(check, key, uses, variants);
        }
        String summary = String.join(" / ", spellings) + " in " + Evidence.count(Evidence.articles(claims).size());
        return Results.passed(check, main, key, summary, check.title() + ": " + summary + ", spelled alike"
                + (spellings.size() > 1 ? " (differing only in middle names, initials, titles or nicknames)" : "")
                + ".", claims);
    }

    /** The uses of each listed spelling, with those of the spellings that write the same letters. */
    private Map<String, List<Claim>> withSameLetters(Map<String, List<Claim>> bySpelling, List<String> spellings,
                                                     List<String> listed) {
        Map<String, List<Claim>> uses = new LinkedHashMap<>();
        listed.forEach(spelling -> uses.put(spelling, new ArrayList<>(bySpelling.get(spelling))));
        for (String spelling : spellings) {
            if (uses.containsKey(spelling)) {
                continue;
            }
            NameSpelling letters = names.of(spelling);
            listed.stream().filter(l -> names.of(l).sameLetters(letters)).findFirst()
                    .ifPresent(l -> uses.get(l).addAll(bySpelling.get(spelling)));
        }
        uses.replaceAll((spelling, claims) -> Evidence.sorted(claims));
        return uses;
    }

    /** The first spelling and every variant of it, each with all the articles that write it. */
    private static CheckResult conflict(CheckDefinition check, String key, Map<String, List<Claim>> bySpelling,
                                        List<String> spellings) {
        String main = spellings.get(0);
        String other = spellings.get(1);
        List<Claim> outliers = bySpelling.get(other);
        Claim outlier = outliers.get(outliers.size() - 1);
        StringBuilder message = new StringBuilder(check.title()).append(": one person, ")
                .append(spellings.size() == 2 ? "two" : String.valueOf(spellings.size())).append(" spellings.");
        StringBuilder summary = new StringBuilder();
        List<Claim> involved = new ArrayList<>();
        for (String spelling : spellings) {
            List<Claim> uses = bySpelling.get(spelling);
            message.append("\n  \"").append(spelling).append("\" in ").append(Evidence.articleList(uses)).append(':')
                    .append(Evidence.lines(firstPerArticle(uses), SpellingEvaluator::name));
            summary.append(summary.isEmpty() ? "" : " vs ").append('"').append(spelling).append("\" (")
                    .append(Evidence.articleList(uses)).append(')');
            involved.addAll(uses);
        }
        return Results.failed(check, check.severity(), main, key, summary.toString(), message.toString(),
                Evidence.sorted(involved), outlier, main, other);
    }

    static String name(Claim claim) {
        return ((PersonMention) claim.mention()).name();
    }

    private static List<Claim> firstPerArticle(List<Claim> claims) {
        Map<String, Claim> first = new LinkedHashMap<>();
        claims.forEach(c -> first.putIfAbsent(c.articleId(), c));
        return List.copyOf(first.values());
    }

}
