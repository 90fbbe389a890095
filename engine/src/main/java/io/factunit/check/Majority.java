package io.factunit.check;

import io.factunit.claim.Claim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The majority of an agree check: the largest set of claims whose intervals share a point, by most articles,
 * then most claims; ties go to the smaller point. The candidate points are the intervals' bounds. A sweep
 * over them in order, adding an interval at its low bound and dropping it past its high bound, counts the
 * claims and articles at each point, so a story with thousands of distinct figures costs n log n rather than
 * every point against every claim.
 */
final class Majority {
    private Majority() {
    }

    /** The claims of the majority, in the order of {@code values}. */
    static List<Claim> of(Map<Claim, Interval> values) {
        List<Claim> claims = new ArrayList<>();
        List<Interval> intervals = new ArrayList<>();
        for (Map.Entry<Claim, Interval> entry : values.entrySet()) {
            // an interval with an unknown bound (NaN) or inverted contains no point; its bounds are still candidates
            if (entry.getValue().low() <= entry.getValue().high()) {
                claims.add(entry.getKey());
                intervals.add(entry.getValue());
            }
        }
        double[] points = points(values);
        if (points.length == 0) {
            return List.of();
        }
        int n = intervals.size();
        Integer[] byLow = order(n, i -> intervals.get(i).low());
        Integer[] byHigh = order(n, i -> intervals.get(i).high());
        Map<String, Integer> perArticle = new HashMap<>();
        int added = 0;
        int dropped = 0;
        int inside = 0;
        double best = points[0];
        int bestArticles = -1;
        int bestClaims = -1;
        for (double point : points) {
            for (; added < n && intervals.get(byLow[added]).low() <= point; added++) {
                perArticle.merge(claims.get(byLow[added]).articleId(), 1, Integer::sum);
                inside++;
            }
            for (; dropped < n && intervals.get(byHigh[dropped]).high() < point; dropped++) {
                perArticle.merge(claims.get(byHigh[dropped]).articleId(), -1, (a, b) -> a + b == 0 ? null : a + b);
                inside--;
            }
            if (perArticle.size() > bestArticles || perArticle.size() == bestArticles && inside > bestClaims) {
                best = point;
                bestArticles = perArticle.size();
                bestClaims = inside;
            }
        }
        double at = best;
        return values.keySet().stream().filter(c -> values.get(c).contains(at)).toList();
    }

    /** Every bound that is a number, once, ascending; -0.0 counts as 0.0, as the comparisons in contains do. */
    private static double[] points(Map<Claim, Interval> values) {
        double[] points = new double[values.size() * 2];
        int count = 0;
        for (Interval interval : values.values()) {
            for (double bound : new double[] {interval.low(), interval.high()}) {
                if (!Double.isNaN(bound)) {
                    points[count++] = bound + 0.0;
                }
            }
        }
        double[] sorted = Arrays.copyOf(points, count);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    private static Integer[] order(int n, java.util.function.IntToDoubleFunction key) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(key.applyAsDouble(a) + 0.0, key.applyAsDouble(b) + 0.0));
        return order;
    }
}
