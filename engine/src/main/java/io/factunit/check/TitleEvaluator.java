package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.person.PersonMention;
import io.factunit.rules.CheckDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * same-title: one person's role agrees across articles. Only titled mentions take part; roles conflict
 * only when they name different known offices ({@link Offices}).
 */
final class TitleEvaluator implements GroupEvaluator {
    private final Offices offices;

    TitleEvaluator(Offices offices) {
        this.offices = offices;
    }

    @Override
    public String key(CheckDefinition check, Claim claim) {
        return PersonIdentity.of((PersonMention) claim.mention());
    }

    @Override
    public CheckResult evaluate(CheckDefinition check, String key, List<Claim> group) {
        List<Claim> claims = Evidence.sorted(group.stream()
                .filter(c -> ((PersonMention) c.mention()).title() != null).toList());
        String name = claims.isEmpty() ? ((PersonMention) group.get(0).mention()).name()
                : ((PersonMention) claims.get(0).mention()).name();
        if (Evidence.articles(claims).size() < 2) {
            return Results.skipped(check, name, key, claims.isEmpty() ? "no article gives " + name + " a title"
                    : "only " + Evidence.articleList(claims) + " gives " + name + " a title", claims);
        }
        Map<String, Claim> byOffice = new LinkedHashMap<>();
        for (Claim claim : claims) {
            String office = offices.of(((PersonMention) claim.mention()).role());
            if (office != null) {
                byOffice.putIfAbsent(office, claim);
            }
        }
        String titles = String.join(" / ", claims.stream().map(c -> ((PersonMention) c.mention()).title())
                .filter(Objects::nonNull).distinct().toList());
        if (byOffice.size() <= 1) {
            String summary = name + " as " + titles + " in " + Evidence.count(Evidence.articles(claims).size());
            return Results.passed(check, name, key, summary, check.title() + ": " + summary + " agree."
                    + Evidence.lines(claims, c -> ((PersonMention) c.mention()).title()), claims);
        }
        List<Claim> conflicting = List.copyOf(byOffice.values());
        Claim outlier = conflicting.get(conflicting.size() - 1);
        String expected = ((PersonMention) conflicting.get(0).mention()).title();
        String actual = ((PersonMention) outlier.mention()).title();
        String summary = name + " is " + expected + " in " + conflicting.get(0).articleId() + " but " + actual
                + " in " + outlier.articleId();
        String message = check.title() + ": " + name + " holds different offices in different articles:"
                + Evidence.lines(claims, c -> ((PersonMention) c.mention()).title());
        return Results.failed(check, check.severity(), name, key, summary, message, claims, outlier, expected, actual);
    }
}
