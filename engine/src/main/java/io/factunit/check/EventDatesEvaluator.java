package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.TimexValues;
import io.factunit.mention.date.DateEvent;
import io.factunit.mention.date.DateMention;
import io.factunit.mention.date.DateParts;
import io.factunit.rules.CheckDefinition;
import io.factunit.rules.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * event-dates-agree: the dates articles bind to one event agree. Claims are grouped by their event key (the
 * claim's qualifier: predicate, particle, object, holder, role, tense), so "Smith was elected in 2010" is
 * compared with "Smith was elected in 2011" and never with "the 2004 tsunami" in the same sentence. Dates are
 * compared as spans of days ({@link EventDateSpans}), so each article is held to the granularity it states:
 * "in 2010" agrees with "on March 5, 2010", "in 2010" and "in 2011" conflict.
 *
 * <p>A group whose holder is known fails at the check's severity; one that shares the event alone (the subject was
 * a pronoun, or none was found) fails at {@code weak-alignment}. A group is skipped when an article dates the same
 * event twice, apart (the words name a recurring event: "was arrested in 2007 and again in 2010"), unless two
 * articles or more date it as often: those are compared date for date, and a date the other does not give fails.
 * A relative date ("on Tuesday") in an article without a publication date is left out with that reason.
 */
final class EventDatesEvaluator implements GroupEvaluator {

    @Override
    public boolean applies(Claim claim) {
        return claim.mention() instanceof DateMention date && date.event() != null;
    }

    @Override
    public String key(CheckDefinition check, Claim claim) {
        return claim.qualifier();
    }

    @Override
    public CheckResult evaluate(CheckDefinition check, String key, List<Claim> group) {
        List<Claim> claims = Evidence.sorted(group);
        Judgement judgement = new Judgement();
        CheckResult result = judge(check, key, claims, judgement);
        AlignedFact fact = judgement.fact(check, claims, result, EventDatesEvaluator::value);
        return fact == null ? result : result.withFacts(List.of(fact));
    }

    private static CheckResult judge(CheckDefinition check, String key, List<Claim> claims, Judgement judgement) {
        DateEvent event = event(claims.get(0));
        String subject = subject(event);
        Severity severity = event.holder() != null ? check.severity() : check.weakAlignment();
        if (severity == null) {
            return Results.skipped(check, subject, key, "no holder is known and weak-alignment is off", claims);
        }
        Map<Claim, EventDateSpans.Span> spans = EventDateSpans.of(claims, check.tolerance().days());
        Map<Claim, Interval> values = new LinkedHashMap<>();
        spans.forEach((claim, span) -> values.put(claim, span.widened()));
        List<Claim> unresolved = claims.stream().filter(c -> !values.containsKey(c)).toList();
        judgement.compared = List.copyOf(values.keySet());
        Set<String> articles = Evidence.articles(values.keySet());
        if (articles.size() < 2) {
            String why = articles.isEmpty() ? "no date can be compared" : "only " + Evidence.articleList(values.keySet())
                    + " dates it";
            return Results.skipped(check, subject, key, why + unresolvedReason(unresolved), claims);
        }
        String recurring = recurring(values);
        List<Claim> majority;
        List<Claim> outliers;
        if (recurring != null) {
            // the event recurs: only articles that date it as often as the most do are compared, date for date
            Map<Claim, Interval> fullest = fullest(values);
            outliers = unmatched(fullest);
            majority = fullest.keySet().stream().filter(c -> !outliers.contains(c)).toList();
            judgement.compared = List.copyOf(fullest.keySet());
            judgement.majority = majority;
            if (Evidence.articles(fullest.keySet()).size() < 2 || majority.isEmpty()) {
                return Results.skipped(check, subject, key, recurring, claims);
            }
            if (!outliers.isEmpty()) {
                return recurringConflict(check, severity, subject, key, claims, majority, outliers);
            }
        } else {
            majority = majority(event, values, spans);
            judgement.majority = majority;
            Set<Claim> inMajority = new HashSet<>(majority);
            outliers = claims.stream().filter(values::containsKey).filter(c -> !inMajority.contains(c)).toList();
        }
        if (outliers.isEmpty()) {
            String summary = subject + ": " + String.join(" / ", values.keySet().stream().map(c -> value(c)).distinct()
                    .toList()) + " in " + Evidence.count(articles.size());
            return Results.passed(check, subject, key, summary, check.title() + ": " + summary + " agree."
                    + Evidence.lines(List.copyOf(values.keySet()), EventDatesEvaluator::value), claims);
        }
        Claim outlier = outliers.get(outliers.size() - 1);
        Set<String> majorityArticles = Evidence.articles(majority);
        boolean tie = majorityArticles.size() <= Evidence.articles(outliers).size();
        String expected = value(majority.get(0));
        String actual = value(outlier);
        String summary = subject + ": " + (tie ? expected + " in " + Evidence.articleList(majority) + " but " + actual
                + " in " + Evidence.articleList(outliers)
                : expected + " in " + Evidence.count(majorityArticles.size()) + ", but " + actual + " in "
                + Evidence.articleList(outliers));
        String message = check.title() + ": the articles date " + subject + " differently"
                + (event.holder() == null ? " (no holder is known: the event's words alone align them)" : "")
                + ".\n  " + (tie ? "One side" : "Majority") + " (" + Evidence.count(majorityArticles.size()) + "):"
                + Evidence.lines(majority, EventDatesEvaluator::value)
                + "\n  " + (tie ? "Other side" : "Outlier") + " (" + Evidence.count(Evidence.articles(outliers).size())
                + "):" + Evidence.lines(outliers, EventDatesEvaluator::value);
        return Results.failed(check, severity, subject, key, summary, message, claims, outlier, expected, actual);
    }

    /**
     * The claims that agree with most articles. Stated ranges agree when both their ends do, so for them the
     * majority is that of the starts and of the ends together: "October 16 to November 14" and "October 19 to
     * November 14" overlap, and still disagree.
     */
    private static List<Claim> majority(DateEvent event, Map<Claim, Interval> values,
                                        Map<Claim, EventDateSpans.Span> spans) {
        if (event.role() != DateEvent.Role.SPAN) {
            return Majority.of(values);
        }
        Map<Claim, Interval> starts = new LinkedHashMap<>();
        Map<Claim, Interval> ends = new LinkedHashMap<>();
        spans.forEach((claim, span) -> {
            starts.put(claim, span.start());
            ends.put(claim, span.end());
        });
        Set<Claim> fromEnds = new HashSet<>(Majority.of(ends));
        return Majority.of(starts).stream().filter(fromEnds::contains).toList();
    }

    /**
     * A recurring event whose dates two articles give alike but one: that one, against the other articles' dates
     * that match none of its own ("1999-06 in a1 but 2000-06 in a2; their other dates agree").
     */
    private static CheckResult recurringConflict(CheckDefinition check, Severity severity, String subject, String key,
                                                 List<Claim> claims, List<Claim> matched, List<Claim> unmatched) {
        Claim outlier = unmatched.get(unmatched.size() - 1);
        List<Claim> others = unmatched.stream().filter(c -> !c.articleId().equals(outlier.articleId())).toList();
        List<Claim> own = unmatched.stream().filter(c -> c.articleId().equals(outlier.articleId())).toList();
        String expected = value(others.get(0));
        String actual = value(outlier);
        String summary = subject + ": " + expected + " in " + Evidence.articleList(others) + " but " + actual + " in "
                + outlier.articleId() + "; their other dates agree";
        String message = check.title() + ": the articles date " + subject + " more than once, and differently.\n"
                + "  One side:" + Evidence.lines(others, EventDatesEvaluator::value)
                + "\n  Other side:" + Evidence.lines(own, EventDatesEvaluator::value)
                + "\n  Dates they share:" + Evidence.lines(matched, EventDatesEvaluator::value);
        return Results.failed(check, severity, subject, key, summary, message, claims, outlier, expected, actual);
    }

    /** The claims of the articles that state the most dates of the group. */
    private static Map<Claim, Interval> fullest(Map<Claim, Interval> values) {
        Map<String, Integer> perArticle = new LinkedHashMap<>();
        values.keySet().forEach(c -> perArticle.merge(c.articleId(), 1, Integer::sum));
        int most = perArticle.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<Claim, Interval> fullest = new LinkedHashMap<>();
        values.forEach((claim, days) -> {
            if (perArticle.get(claim.articleId()) == most) {
                fullest.put(claim, days);
            }
        });
        return fullest;
    }

    /** The claims some other article of the map has no date meeting. */
    private static List<Claim> unmatched(Map<Claim, Interval> values) {
        List<Claim> unmatched = new ArrayList<>();
        for (Map.Entry<Claim, Interval> claim : values.entrySet()) {
            for (String article : Evidence.articles(values.keySet())) {
                if (!article.equals(claim.getKey().articleId()) && values.entrySet().stream().noneMatch(other ->
                        other.getKey().articleId().equals(article) && meet(claim.getValue(), other.getValue()))) {
                    unmatched.add(claim.getKey());
                    break;
                }
            }
        }
        return unmatched;
    }

    private static boolean meet(Interval a, Interval b) {
        return a.low() <= b.high() && b.low() <= a.high();
    }

    /** Why a group is not compared when one article dates its event twice, apart; null when none does. */
    private static String recurring(Map<Claim, Interval> values) {
        List<Claim> claims = List.copyOf(values.keySet());
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                Claim a = claims.get(i);
                Claim b = claims.get(j);
                Interval x = values.get(a);
                Interval y = values.get(b);
                if (a.articleId().equals(b.articleId()) && (x.high() < y.low() || y.high() < x.low())) {
                    return a.articleId() + " dates it both " + value(a) + " and " + value(b)
                            + ": the words name more than one event";
                }
            }
        }
        return null;
    }

    /** "host oscar (degeneres)", "be at ford (lohan), from", "election": what the group is about. */
    static String subject(DateEvent event) {
        String role = event.role() == DateEvent.Role.AT ? "" : ", " + event.role().yamlName();
        return "\"" + event.event() + "\"" + (event.holder() == null ? "" : " (" + event.holder() + ")") + role;
    }

    /**
     * "2010", "2013-05-02", "2010-09" as TimeML writes the date (with X for what no publication date gave:
     * "XXXX-04-19"); a range's first and last day, or years ("1967 to 1979").
     */
    static String value(Claim claim) {
        DateMention date = (DateMention) claim.mention();
        if (!date.isResolved()) {
            DateParts end = date.rangeEnd();
            return end == null || end.month() == 0 || end.day() == 0 ? date.timex().value()
                    : date.timex().value() + " to " + TimexValues.monthDay(end.month(), end.day());
        }
        if (date.rangeEnd() == null) {
            return date.timex().value();
        }
        return date.month() == 0 && date.rangeEnd().month() == 0 ? date.first().getYear() + " to " + date.last().getYear()
                : date.first() + " to " + date.last();
    }

    private static DateEvent event(Claim claim) {
        return ((DateMention) claim.mention()).event();
    }

    private static String unresolvedReason(List<Claim> unresolved) {
        if (unresolved.isEmpty()) {
            return "";
        }
        return "; the publication date is unknown for " + Evidence.articleList(unresolved) + ", whose date ("
                + String.join(", ", unresolved.stream().map(c -> "\"" + c.text() + "\"").distinct().toList())
                + ") is relative to it";
    }
}
