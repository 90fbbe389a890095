package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.quantity.Quantity;
import io.factunit.mention.quantity.QuantityMention;
import io.factunit.rules.CheckDefinition;
import io.factunit.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * agree: the values of one claim agree across articles. Each value is an interval (so "nearly 20,000"
 * and "19,950" agree), widened by the tolerance. The majority is the largest set of articles whose values
 * share a point; every claim outside it is an outlier. Values that agree only because one side is an open
 * bound ("at least 100" against "105") are flagged for review as a warning, unless open-bound: pass.
 */
final class AgreeEvaluator implements GroupEvaluator {

    @Override
    public String key(CheckDefinition check, Claim claim) {
        return claim.qualifier();
    }

    @Override
    public CheckResult evaluate(CheckDefinition check, String key, List<Claim> group) {
        List<Claim> claims = Evidence.sorted(group);
        if (!AlignedFacts.applies(check, claims)) {
            Judgement judgement = new Judgement();
            CheckResult result = compare(check, key, claims, null, judgement);
            return result.withFacts(facts(judgement.fact(check, claims, result, AgreeEvaluator::value)));
        }
        // every fact is compared, also past a failure, so that the alignment table shows each of them
        CheckResult failed = null;
        List<CheckResult> passed = new ArrayList<>();
        List<AlignedFact> facts = new ArrayList<>();
        for (List<Claim> fact : AlignedFacts.of(check, claims)) {
            if (Evidence.articles(fact).size() < 2) {
                continue;
            }
            Judgement judgement = new Judgement();
            CheckResult result = compare(check, key, fact, claims, judgement);
            facts.addAll(facts(judgement.fact(check, fact, result, AgreeEvaluator::value)));
            if (result.status() == Status.FAILED && failed == null) {
                failed = result;
            }
            if (result.status() == Status.PASSED) {
                passed.add(result);
            }
        }
        if (failed != null) {
            return failed.withFacts(facts);
        }
        if (passed.size() == 1) {
            return passed.get(0).withFacts(facts);
        }
        if (!passed.isEmpty()) {
            return Results.passed(check, passed.get(0).subject(), key,
                    String.join("; ", passed.stream().map(CheckResult::summary).toList()),
                    String.join("\n", passed.stream().map(CheckResult::message).toList()), claims).withFacts(facts);
        }
        String subject = subject(claims);
        return Results.skipped(check, subject, key, Evidence.articles(claims).size() < 2
                ? "only " + Evidence.articleList(claims) + " states it"
                : "no two articles state it alike (" + Evidence.articleList(claims) + " each state a figure the"
                + " others do not align with)", claims).withFacts(facts);
    }

    private static List<AlignedFact> facts(AlignedFact fact) {
        return fact == null ? List.of() : List.of(fact);
    }

    private static String value(Claim claim) {
        return ValueText.of(claim.mention());
    }

    /**
     * Compares one set of claims: a group, or one fact of an aligned {@code group} (null otherwise), whose
     * disagreements are weighed.
     */
    private static CheckResult compare(CheckDefinition check, String key, List<Claim> claims, List<Claim> group,
                                       Judgement judgement) {
        boolean aligned = group != null;
        Map<Claim, Interval> values = new LinkedHashMap<>();
        List<Claim> unresolved = new ArrayList<>();
        PairPoints pairs = new PairPoints(claims);
        boolean oneHedge = aligned && oneHedge(claims);
        for (Claim claim : claims) {
            Interval interval = pairs.has(claim) ? pairs.of(claim) : Interval.of(claim.mention());
            if (pairs.has(claim)) {
                values.put(claim, interval); // a tally agrees exactly or not at all: no tolerance
            } else if (oneHedge && interval != null) {
                // one fact, hedged alike ("about 150", "about 171"): the articles disagree on the number hedged
                double nominal = ((QuantityMention) claim.mention()).value().nominal();
                values.put(claim, new Interval(nominal, nominal, false).widen(check.tolerance().slack(nominal)));
            } else if (interval == null) {
                unresolved.add(claim);
            } else if (!interval.vague()) {
                double slack = check.tolerance().slack(interval.magnitude());
                Interval widened = interval.widen(slack + check.tolerance().days());
                // in one aligned fact, hedges alone make no discrepancy: "$1 million" and "more than $1 million"
                values.put(claim, aligned ? widened.including(nominal(claim.mention())) : widened);
            }
        }
        judgement.compared = List.copyOf(values.keySet());
        String subject = subject(values.isEmpty() ? claims : List.copyOf(values.keySet()));
        Set<String> articles = Evidence.articles(values.keySet());
        if (articles.size() < 2 && values.isEmpty() && unresolved.isEmpty()) {
            return Results.skipped(check, subject, key, "only vague amounts (\"thousands\", \"dozens\") are stated;"
                    + " they are not compared", claims);
        }
        if (articles.size() < 2) {
            String why = articles.isEmpty()
                    ? "no value can be compared (" + unresolvedReason(unresolved) + ")"
                    : "only " + Evidence.articleList(values.keySet()) + " states it"
                    + (unresolved.isEmpty() ? "" : "; " + unresolvedReason(unresolved));
            return Results.skipped(check, subject, key, why, claims);
        }
        List<Claim> majority = Majority.of(values);
        judgement.majority = majority;
        Set<Claim> inMajority = new HashSet<>(majority);
        List<Claim> outliers = claims.stream().filter(values::containsKey).filter(c -> !inMajority.contains(c)).toList();
        if (outliers.isEmpty()) {
            return agreeing(check, subject, key, claims, values, aligned);
        }
        Severity severity = check.severity();
        if (aligned) {
            String ambiguous = AlignedFacts.ambiguous(List.copyOf(values.keySet()), c -> ValueText.of(c.mention()));
            if (ambiguous != null) {
                return Results.skipped(check, subject, key, ambiguous, claims);
            }
            severity = AlignedFacts.severity(check, outliers, majority);
            if (severity == null) {
                return Results.skipped(check, subject, key, AlignedFacts.unlinked(outliers, majority), claims);
            }
            String mixedUp = AlignedFacts.mixedUp(group, claims, outliers, majority, c -> ValueText.of(c.mention()));
            if (mixedUp != null) {
                return Results.skipped(check, subject, key, mixedUp, claims);
            }
        }
        Claim outlier = outliers.get(outliers.size() - 1);
        Set<String> majorityArticles = Evidence.articles(majority);
        boolean tie = majorityArticles.size() <= Evidence.articles(outliers).size();
        String expected = ValueText.of(majority.get(0).mention());
        String actual = ValueText.of(outlier.mention());
        String summary = (tie ? expected + " in " + Evidence.articleList(majority) + " but " + actual + " in "
                + Evidence.articleList(outliers)
                : expected + " in " + Evidence.count(majorityArticles.size()) + ", but " + actual + " in "
                + Evidence.articleList(outliers));
        StringBuilder message = new StringBuilder(check.title()).append(": the articles disagree.\n  ")
                .append(tie ? "One side" : "Majority").append(" (").append(Evidence.count(majorityArticles.size()))
                .append("):").append(Evidence.lines(majority, c -> ValueText.of(c.mention())))
                .append("\n  ").append(tie ? "Other side" : "Outlier").append(" (")
                .append(Evidence.count(Evidence.articles(outliers).size())).append("):")
                .append(Evidence.lines(outliers, c -> ValueText.of(c.mention())));
        if (aligned) {
            message.append("\n  ").append(AlignedFacts.describe(claims.get(0), outliers, majority));
        }
        return Results.failed(check, severity, subject, key, summary, message.toString(), claims, outlier,
                expected, actual);
    }

    private static CheckResult agreeing(CheckDefinition check, String subject, String key, List<Claim> claims,
                                        Map<Claim, Interval> values, boolean aligned) {
        Set<String> articles = Evidence.articles(values.keySet());
        // Two bounds never contradict each other ("at least 5", "at least 50"); an open bound agreeing with an
        // exact figure it does not name ("at least 100" against "105") is a reading an editor should confirm.
        List<Claim> open = values.keySet().stream().filter(c -> values.get(c).open()).toList();
        List<Claim> exact = values.keySet().stream().filter(AgreeEvaluator::isExact).toList();
        Set<String> nominals = new TreeSet<>();
        open.forEach(c -> nominals.add(nominal(c)));
        exact.forEach(c -> nominals.add(nominal(c)));
        Severity severity = open.isEmpty() || exact.isEmpty() ? null
                : aligned ? AlignedFacts.severity(check, open, exact) : check.severity();
        if (severity != null && nominals.size() > 1 && check.openBound().equals("review")) {
            String summary = String.join(" vs ", values.keySet().stream().map(c -> ValueText.of(c.mention()))
                    .distinct().toList()) + ": consistent only under the open reading; review";
            String message = check.title() + ": the values agree only if an open bound is read literally.\n"
                    + "  " + ValueText.of(open.get(0).mention()) + " (\"" + open.get(0).text() + "\") allows any larger"
                    + " number, so it is consistent with the others, but the articles may well mean different"
                    + " figures. Review:"
                    + Evidence.lines(Evidence.sorted(values.keySet()), c -> ValueText.of(c.mention()));
            Claim outlier = exact.get(exact.size() - 1);
            return Results.failed(check, Severity.WARNING.atLeast(severity) ? severity : Severity.WARNING,
                    subject, key, summary, message, claims, outlier, ValueText.of(open.get(0).mention()),
                    ValueText.of(outlier.mention()));
        }
        String value = String.join(" / ", values.keySet().stream().map(c -> ValueText.of(c.mention())).distinct().toList());
        String summary = value + " in " + Evidence.count(articles.size());
        String message = check.title() + ": " + summary + " agree."
                + Evidence.lines(Evidence.sorted(values.keySet()), c -> ValueText.of(c.mention()));
        return Results.passed(check, subject, key, summary, message, claims);
    }

    /** Whether every claim is a quantity bounded by one same hedge other than none ("about", "at least"). */
    private static boolean oneHedge(List<Claim> claims) {
        Quantity.Precision hedge = null;
        for (Claim claim : claims) {
            if (!(claim.mention() instanceof QuantityMention q) || q.value().isExact() || q.value().isPair()
                    || q.value().precision() == Quantity.Precision.RANGE
                    || q.value().precision() == Quantity.Precision.VAGUE
                    || (hedge != null && hedge != q.value().precision())) {
                return false;
            }
            hedge = q.value().precision();
        }
        return hedge != null;
    }

    private static double nominal(io.factunit.mention.Mention mention) {
        return mention instanceof QuantityMention q ? q.value().nominal() : Double.NaN;
    }

    private static boolean isExact(Claim claim) {
        return claim.mention() instanceof QuantityMention q && q.value().isExact();
    }

    private static String nominal(Claim claim) {
        return claim.mention() instanceof QuantityMention q ? ValueText.number(q.value().nominal())
                : ValueText.of(claim.mention());
    }

    private static String subject(List<Claim> claims) {
        Map<String, Integer> counts = new HashMap<>();
        for (Claim claim : claims) {
            counts.merge(ValueText.of(claim.mention()), 1, Integer::sum);
        }
        return mostCommon(counts);
    }

    /** The value counted most often, the least in text order among equals: the first of a sort, without sorting. */
    static String mostCommon(Map<String, Integer> counts) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            int count = entry.getValue();
            if (best == null || count > bestCount || count == bestCount && entry.getKey().compareTo(best) < 0) {
                best = entry.getKey();
                bestCount = count;
            }
        }
        return best == null ? "" : best;
    }

    private static String unresolvedReason(List<Claim> unresolved) {
        return unresolved.isEmpty() ? "" : "publication date unknown for " + Evidence.articleList(unresolved);
    }
}
