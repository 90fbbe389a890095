package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.quantity.QuantityMention;
import io.factunit.rules.CheckDefinition;
import io.factunit.rules.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * not-decreasing: a running total (a death toll) does not fall as publication dates advance. Articles
 * without a publication date cannot be placed in time and are left out, which the result says.
 */
final class NotDecreasingEvaluator implements GroupEvaluator {

    private static final Pattern PUBLISHED = Pattern.compile("(, )?published=[^,]*");
    private static final Pattern LEADING_COMMA = Pattern.compile("^, ");

    /** A tally or score ("27-24") is no running total. */
    @Override
    public boolean applies(Claim claim) {
        return !(claim.mention() instanceof QuantityMention q && q.value().isPair());
    }

    @Override
    public String key(CheckDefinition check, Claim claim) {
        // The running total is compared across publication dates, so that qualifier cannot split it.
        return LEADING_COMMA.matcher(PUBLISHED.matcher(claim.qualifier()).replaceAll("")).replaceFirst("");
    }

    @Override
    public CheckResult evaluate(CheckDefinition check, String key, List<Claim> group) {
        List<Claim> claims = Evidence.sorted(group);
        List<Claim> dated = claims.stream().filter(c -> c.article().published() != null)
                .sorted(Comparator.comparing((Claim c) -> c.article().published()).thenComparing(Evidence.ORDER)).toList();
        List<Claim> undated = claims.stream().filter(c -> c.article().published() == null).toList();
        String subject = Roles.values(claims);
        if (Evidence.articles(dated).size() < 2) {
            return Results.skipped(check, subject, key, undated.isEmpty()
                    ? "only " + Evidence.articleList(claims) + " states it"
                    : "publication date unknown for " + Evidence.articleList(undated), claims);
        }
        int n = dated.size();
        long[] days = new long[n];
        double[] lows = new double[n];
        double[] highs = new double[n];
        double[] slacks = new double[n];
        for (int i = 0; i < n; i++) {
            Interval value = Interval.of(dated.get(i).mention());
            days[i] = dated.get(i).article().published().toEpochDay();
            lows[i] = value.low();
            highs[i] = value.high();
            slacks[i] = check.tolerance().slack(value.low());
        }
        int[] fall = FirstFall.of(days, lows, highs, slacks);
        if (fall != null) {
            Claim earlier = dated.get(fall[0]);
            Claim later = dated.get(fall[1]);
            Severity severity = AlignedFacts.applies(check, claims)
                    ? AlignedFacts.severity(check, List.of(later), List.of(earlier), "published") : check.severity();
            if (severity == null) {
                return Results.skipped(check, subject, key, AlignedFacts.unlinked(List.of(later), List.of(earlier)),
                        claims);
            }
            String summary = ValueText.of(earlier.mention()) + " on " + earlier.article().published() + " ("
                    + earlier.articleId() + ") fell to " + ValueText.of(later.mention()) + " on "
                    + later.article().published() + " (" + later.articleId() + ")";
            return Results.failed(check, severity, subject, key, summary, check.title()
                    + ": a running total fell.\n  Earlier:" + Evidence.lines(List.of(earlier),
                    c -> ValueText.of(c.mention())) + "\n  Later:" + Evidence.lines(List.of(later),
                    c -> ValueText.of(c.mention())), claims, later,
                    "at least " + ValueText.of(earlier.mention()), ValueText.of(later.mention()));
        }
        String summary = Roles.values(dated) + " over " + Evidence.count(Evidence.articles(dated).size())
                + ", never falling";
        return Results.passed(check, subject, key, summary, check.title() + ": " + summary + "."
                + Evidence.lines(dated, c -> ValueText.of(c.mention()) + " on " + c.article().published()), claims);
    }
}
