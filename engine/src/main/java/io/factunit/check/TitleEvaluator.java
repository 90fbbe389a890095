package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.person.PersonMention;
import io.factunit.rules.CheckDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * same-title: one person's role agrees across articles. All of a story's people form one Drools group, split
 * into people as the spelling check splits them ({@link NameIdentities}); only titled mentions take part.
 * Roles conflict when they name different offices or organisations ({@link Offices#conflict}), not when one
 * is a shortened or reworded form of the other.
 */
final class TitleEvaluator implements GroupEvaluator {
    private final Offices offices;
    private final NameSpelling.Reader names;

    TitleEvaluator(Offices offices, NameSpelling.Reader names) {
        this.offices = offices;
        this.names = names;
    }

    /** Every person of a story is told from every other by {@link NameIdentities}: one group. */
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
            results.add(judge(check, NameIdentities.key(person.get(0)), person));
        }
        return results;
    }

    private CheckResult judge(CheckDefinition check, String key, List<Claim> group) {
        List<Claim> claims = group.stream().filter(c -> title(c) != null).toList();
        String name = claims.isEmpty() ? person(group.get(0)).name() : person(claims.get(0)).name();
        if (Evidence.articles(claims).size() < 2) {
            return Results.skipped(check, name, key, claims.isEmpty() ? "no article gives " + name + " a title"
                    : "only " + Evidence.articleList(claims) + " gives " + name + " a title", claims);
        }
        String titles = String.join(" / ", claims.stream().map(TitleEvaluator::title).distinct().toList());
        // Pairs of distinct (role, title) only, each at its first claim: a story repeating one person's title
        // thousands of times would otherwise compare every pair. A conflict depends on the two wordings alone and
        // either way round, so the first conflicting pair of claims is the first such pair of first claims.
        Map<List<String>, Claim> firsts = new LinkedHashMap<>();
        for (Claim claim : claims) {
            PersonMention person = person(claim);
            firsts.putIfAbsent(Arrays.asList(person.role(), person.title()), claim);
        }
        List<Claim> distinct = List.copyOf(firsts.values());
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                PersonMention a = person(distinct.get(i));
                PersonMention b = person(distinct.get(j));
                if (offices.conflict(a.role(), a.title(), b.role(), b.title())) {
                    return conflict(check, key, name, claims, distinct.get(i), distinct.get(j));
                }
            }
        }
        String summary = name + " as " + titles + " in " + Evidence.count(Evidence.articles(claims).size());
        return Results.passed(check, name, key, summary, check.title() + ": " + summary + " agree."
                + Evidence.lines(claims, TitleEvaluator::title), claims);
    }

    private static CheckResult conflict(CheckDefinition check, String key, String name, List<Claim> claims,
                                        Claim first, Claim outlier) {
        String expected = title(first);
        String actual = title(outlier);
        String summary = name + " is " + expected + " in " + first.articleId() + " but " + actual
                + " in " + outlier.articleId();
        String message = check.title() + ": " + name + " holds different offices in different articles:"
                + Evidence.lines(claims, TitleEvaluator::title);
        return Results.failed(check, check.severity(), name, key, summary, message, claims, outlier, expected, actual);
    }

    private static PersonMention person(Claim claim) {
        return (PersonMention) claim.mention();
    }

    private static String title(Claim claim) {
        return person(claim).title();
    }
}
