package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.quantity.QuantityMention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tallies and scores ("219-212") as points an agree check can place: two pairs agree only when both numbers
 * do, so each distinct pair of a group becomes one point on a line (its rank among the group's pairs), and the
 * majority is found as for any value.
 */
final class PairPoints {
    private final Map<Claim, Interval> points = new HashMap<>();

    PairPoints(List<Claim> claims) {
        List<List<Double>> distinct = new ArrayList<>();
        for (Claim claim : claims) {
            List<Double> pair = pair(claim);
            if (pair != null && !distinct.contains(pair)) {
                distinct.add(pair);
            }
        }
        distinct.sort((a, b) -> a.get(0).equals(b.get(0)) ? Double.compare(a.get(1), b.get(1))
                : Double.compare(a.get(0), b.get(0)));
        for (Claim claim : claims) {
            List<Double> pair = pair(claim);
            if (pair != null) {
                double rank = distinct.indexOf(pair);
                points.put(claim, new Interval(rank, rank, false));
            }
        }
    }

    boolean has(Claim claim) {
        return points.containsKey(claim);
    }

    Interval of(Claim claim) {
        return points.get(claim);
    }

    private static List<Double> pair(Claim claim) {
        if (claim.mention() instanceof QuantityMention q && q.value().isPair()) {
            return List.of(q.value().nominal(), q.value().second());
        }
        return null;
    }
}
