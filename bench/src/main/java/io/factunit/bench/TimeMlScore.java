package io.factunit.bench;

import io.factunit.bench.TimeMlDocument.Timex3;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores system TIMEX3s against gold ones the way TempEval-3 scores time expressions: a system timex matches a
 * gold one when their spans overlap (relaxed match; strict when the spans are equal), one to one, the gold
 * timexes in text order each taking the unused system timex it overlaps most. Extraction precision is matched
 * over system timexes, recall matched over gold; value precision and recall count only the matches whose
 * value equals gold's, character for character.
 *
 * <p>The figures come twice: over every gold timex, and over the TIMEX3 types FactUnit normalises
 * ({@link #COVERED}: DATE and DURATION); for the latter, system timexes matched to a gold TIME or SET count on
 * neither side.
 */
final class TimeMlScore {
    /** The TIMEX3 types FactUnit's date and duration finders aim at; TIME and SET they leave (docs/evaluation.md). */
    static final Set<String> COVERED = Set.of("DATE", "DURATION");

    private Figures all = Figures.NONE;
    private Figures covered = Figures.NONE;
    private final Map<String, Figures> byType = new TreeMap<>();
    private final List<Error> errors = new ArrayList<>();

    /** Counts of one comparison; the rates are derived. */
    record Figures(int gold, int system, int strict, int relaxed, int value, int type) {
        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0);

        Figures plus(Figures other) {
            return new Figures(gold + other.gold, system + other.system, strict + other.strict,
                    relaxed + other.relaxed, value + other.value, type + other.type);
        }

        static double f1(double precision, double recall) {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        static double rate(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    /** What went wrong with one timex: missed (no system timex), spurious (no gold), or a wrong value. */
    record Error(String kind, String document, Timex3 gold, Timex3 system, String goldText, String systemText) {
    }

    /** Scores one document's system timexes (any order) against its gold ones. */
    void add(String document, String text, List<Timex3> gold, List<Timex3> system) {
        Timex3[] partner = match(gold, system);
        List<Timex3> used = new ArrayList<>();
        int strict = 0;
        int relaxed = 0;
        int value = 0;
        int type = 0;
        int coveredGold = 0;
        int coveredRelaxed = 0;
        int coveredStrict = 0;
        int coveredValue = 0;
        int coveredType = 0;
        int systemOnUncovered = 0;
        for (int i = 0; i < gold.size(); i++) {
            Timex3 g = gold.get(i);
            Timex3 s = partner[i];
            boolean isCovered = COVERED.contains(g.type());
            boolean exact = s != null && s.start() == g.start() && s.end() == g.end();
            boolean rightValue = s != null && s.value().equals(g.value());
            boolean rightType = s != null && s.type().equals(g.type());
            Figures one = new Figures(1, 0, exact ? 1 : 0, s != null ? 1 : 0, rightValue ? 1 : 0, rightType ? 1 : 0);
            byType.merge(g.type(), one, Figures::plus);
            if (s != null) {
                used.add(s);
                relaxed++;
                strict += exact ? 1 : 0;
                value += rightValue ? 1 : 0;
                type += rightType ? 1 : 0;
                systemOnUncovered += isCovered ? 0 : 1;
            }
            if (isCovered) {
                coveredGold++;
                coveredRelaxed += s != null ? 1 : 0;
                coveredStrict += exact ? 1 : 0;
                coveredValue += rightValue ? 1 : 0;
                coveredType += rightType ? 1 : 0;
            }
            if (s == null) {
                errors.add(new Error("missed", document, g, null, slice(text, g), null));
            } else if (!rightValue) {
                errors.add(new Error("value", document, g, s, slice(text, g), slice(text, s)));
            }
        }
        for (Timex3 s : system) {
            if (used.stream().noneMatch(u -> u == s)) {
                errors.add(new Error("spurious", document, null, s, null, slice(text, s)));
            }
        }
        all = all.plus(new Figures(gold.size(), system.size(), strict, relaxed, value, type));
        covered = covered.plus(new Figures(coveredGold, system.size() - systemOnUncovered, coveredStrict,
                coveredRelaxed, coveredValue, coveredType));
    }

    /** Gold i's partner among the system timexes, or null: one to one, most overlap first, then text order. */
    private static Timex3[] match(List<Timex3> gold, List<Timex3> system) {
        Timex3[] partner = new Timex3[gold.size()];
        boolean[] taken = new boolean[system.size()];
        for (int i = 0; i < gold.size(); i++) {
            int best = -1;
            for (int j = 0; j < system.size(); j++) {
                if (!taken[j] && system.get(j).overlaps(gold.get(i))
                        && (best < 0 || system.get(j).overlap(gold.get(i)) > system.get(best).overlap(gold.get(i)))) {
                    best = j;
                }
            }
            if (best >= 0) {
                taken[best] = true;
                partner[i] = system.get(best);
            }
        }
        return partner;
    }

    private static String slice(String text, Timex3 timex) {
        return text.substring(timex.start(), timex.end()).replaceAll("\\s+", " ");
    }

    Figures all() {
        return all;
    }

    Figures covered() {
        return covered;
    }

    /** Gold counts per TIMEX3 type (system counts are zero here): how many were found and rightly valued. */
    Map<String, Figures> byType() {
        return byType;
    }

    List<Error> errors() {
        return errors;
    }
}
