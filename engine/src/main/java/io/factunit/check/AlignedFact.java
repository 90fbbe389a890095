package io.factunit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.claim.Claim;
import io.factunit.rules.CheckDefinition;
import io.factunit.rules.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * One fact a check compared across two or more articles, as the check decided it: what the fact is about, and
 * what each article says of it. The reports draw a story's alignment table from these (one row per fact, one
 * column per article), so the table shows the checks' own majority and outliers, never a second reckoning.
 *
 * @param check    the check that compared it
 * @param about    what is counted or dated, in order: the claim kind ("claim"), then the qualifiers the claims
 *                 share ("head", "event", "holder", "time-anchor"...) and the align-by values most of them state
 *                 ("verb", "holder"); unknown values are left out
 * @param status   passed (the articles agree), failed (they disagree) or skipped (aligned, but not compared)
 * @param severity the failure's severity; the check's own otherwise
 * @param summary  the verdict in one line: what agreed, what disagreed, or why it was not compared
 * @param readings each claim of the fact, in article order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AlignedFact(CheckDefinition check, Map<String, String> about, Status status, Severity severity,
                          String summary, List<Reading> readings) {

    /** How the check judged one article's value. */
    public enum Verdict {
        /** The fact passed: every article agrees with it. */
        AGREES,
        /** In the majority of a fact that failed (or on one side of a tie). */
        MAJORITY,
        /** Outside the majority: the value the check reports. */
        OUTLIER,
        /** Not compared: the fact was skipped, or this value could not be read (a relative date, a vague amount). */
        NOT_COMPARED
    }

    /**
     * One article's claim in a fact.
     *
     * @param claim   the claim
     * @param value   its value as the check compared it ("240", "about 1,200", "XXXX-11-24")
     * @param verdict how the check judged it
     */
    public record Reading(Claim claim, String value, Verdict verdict) {
        public String articleId() {
            return claim.articleId();
        }
    }

    public AlignedFact {
        about = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(about));
        readings = List.copyOf(readings);
    }

    /** The articles that state the fact, in article order. */
    public Set<String> articles() {
        Set<String> ids = new LinkedHashSet<>();
        readings.forEach(r -> ids.add(r.articleId()));
        return ids;
    }

    /** Whether no other article of the fact states this reading's value: a value seen in one outlet only. */
    public boolean alone(Reading reading) {
        return readings.stream().noneMatch(r -> !r.articleId().equals(reading.articleId())
                && r.value().equals(reading.value()));
    }

    /** The same fact under a status a baseline gave its result ("accepted in baseline by ..."). */
    AlignedFact withStatus(Status newStatus, String note) {
        return status != Status.FAILED ? this
                : new AlignedFact(check, about, newStatus, severity, summary + " (" + note + ")", readings);
    }

    /**
     * The fact of {@code claims} as {@code result} judged it: {@code compared} are the claims whose values were
     * compared, {@code majority} those the check found in the majority (null: none was computed). A failure without
     * a majority (a reading to review) marks its outlier alone; {@code extra} adds to what the fact is about. Null
     * when fewer than two articles state it.
     */
    static AlignedFact of(CheckDefinition check, List<Claim> claims, CheckResult result, Collection<Claim> compared,
                          Collection<Claim> majority, Map<String, String> extra, Function<Claim, String> value) {
        if (Evidence.articles(claims).size() < 2) {
            return null;
        }
        Set<Claim> values = Set.copyOf(compared);
        Set<Claim> inMajority = majority == null ? Set.of() : Set.copyOf(majority);
        // a failure whose majority holds every value is a reading to review: its outlier is the one to mark
        boolean split = !inMajority.isEmpty() && !inMajority.containsAll(values);
        List<Reading> readings = new ArrayList<>();
        for (Claim claim : Evidence.sorted(claims)) {
            Verdict verdict;
            if (result.status() == Status.SKIPPED || !values.contains(claim)) {
                verdict = Verdict.NOT_COMPARED;
            } else if (result.status() == Status.PASSED) {
                verdict = Verdict.AGREES;
            } else if (!split) {
                verdict = result.outlier() != null && result.outlier().id().equals(claim.id()) ? Verdict.OUTLIER
                        : Verdict.MAJORITY;
            } else {
                verdict = inMajority.contains(claim) ? Verdict.MAJORITY : Verdict.OUTLIER;
            }
            readings.add(new Reading(claim, value.apply(claim), verdict));
        }
        Map<String, String> about = about(claims);
        about.putAll(extra);
        return new AlignedFact(check, about, result.status(), result.severity(), result.summary(), readings);
    }

    /**
     * What the claims are about: their kind, the qualifiers they were grouped by and, for each align-by qualifier,
     * the value most of them state (the least in text order among equals).
     */
    static Map<String, String> about(List<Claim> claims) {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("claim", String.join(" / ", claims.stream().map(Claim::kind).distinct().sorted().toList()));
        Claim first = claims.get(0);
        if (!first.qualifier().isEmpty()) {
            for (String part : first.qualifier().split(", ")) {
                int equals = part.indexOf('=');
                String value = equals < 0 ? "" : part.substring(equals + 1);
                if (equals > 0 && !value.equals("none") && !value.equals("unknown")) {
                    about.put(part.substring(0, equals), value);
                }
            }
        }
        for (String name : first.alignment().by().keySet()) {
            Map<String, Integer> counts = new HashMap<>();
            for (Claim claim : claims) {
                String value = claim.alignment().by().get(name);
                if (value != null) {
                    counts.merge(value, 1, Integer::sum);
                }
            }
            if (!counts.isEmpty()) {
                about.put(name, AgreeEvaluator.mostCommon(counts));
            }
        }
        return about;
    }
}
