package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.date.DateEvent;
import io.factunit.mention.date.DateMention;
import io.factunit.rules.CheckDefinition;
import io.factunit.rules.Severity;
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
 * event twice, apart (the words name a recurring event: "was arrested in 2007 and again in 2010"), and a relative
 * date ("on Tuesday") in an article without a publication date is left out with that reason.
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
        Set<String> articles = Evidence.articles(values.keySet());
        if (articles.size() < 2) {
            String why = articles.isEmpty() ? "no date can be compared" : "only " + Evidence.articleList(values.keySet())
                    + " dates it";
            return Results.skipped(check, subject, key, why + unresolvedReason(unresolved), claims);
        }
        String recurring = recurring(values);
        if (recurring != null) {
            return Results.skipped(check, subject, key, recurring, claims);
        }
        List<Claim> majority = majority(event, values, spans);
        Set<Claim> inMajority = new HashSet<>(majority);
        List<Claim> outliers = claims.stream().filter(values::containsKey).filter(c -> !inMajority.contains(c)).toList();
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
        String role = switch (event.role()) {
            case AT -> "";
            case START -> ", start";
            case END -> ", end";
            case SPAN -> ", span";
        };
        return "\"" + event.event() + "\"" + (event.holder() == null ? "" : " (" + event.holder() + ")") + role;
    }

    /** "2010", "2013-05-02", "2010-09" as TimeML writes the date, or its first and last day for a range. */
    static String value(Claim claim) {
        DateMention date = (DateMention) claim.mention();
        if (!date.isResolved()) {
            return date.timex().value();
        }
        return date.rangeEnd() != null ? date.first() + " to " + date.last() : date.timex().value();
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
