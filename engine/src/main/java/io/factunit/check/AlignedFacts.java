package io.factunit.check;

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

/**
 * The facts of a group of claims that share their qualifiers, and how strongly each disagreement in them is
 * aligned. Two claims of different articles are linked when no align-by value of theirs differs and one of
 * the check's alignment steps holds for the pair: the qualifiers it names are known to both (alike, for
 * align-by ones), and their sentences have at least its share of words in common. The first step that holds
 * is the link's strength; a check without steps links every pair that does not differ. Each connected set of
 * linked claims is one fact, compared on its own: a group of "points scored" holds as many facts as players.
 *
 * <p>A disagreement is as strong as the strongest link between a claim outside the majority and one inside
 * it, and is reported at that step's severity; one no link bears is not reported. A fact in which two
 * articles each state several values holds more than one fact still (two people's ages): it is not compared;
 * nor is one where a single article states several values, none of which another article states.
 */
final class AlignedFacts {
    private AlignedFacts() {
    }

    /** Whether a group needs splitting into facts: its check weighs alignment, or its claims align by something. */
    static boolean applies(CheckDefinition check, List<Claim> group) {
        return !check.alignment().isEmpty() || group.stream().anyMatch(c -> !c.alignment().by().isEmpty());
    }

    /**
     * The facts of a group: its linked sets of claims, in the order of their first claim. Links are taken the
     * most alike first (the same value, then the sentences' words and the words around the figures); a link
     * that would put two figures of one sentence into one fact is refused, since a sentence does not state a
     * fact twice: "one count of murder and three counts of homicide" are two facts, each aligned with its own;
     * nor one that would put two claims whose align-by values differ into one fact.
     */
    static List<List<Claim>> of(CheckDefinition check, List<Claim> group) {
        int n = group.size();
        List<long[]> links = new ArrayList<>();
        double[] scores = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Integer step = link(check, group.get(i), group.get(j), null);
                if (step != null) {
                    Claim a = group.get(i);
                    Claim b = group.get(j);
                    // the same value first: of two figures of a sentence, each answers to its like in another
                    scores[i * n + j] = (sameValue(a, b) ? 2 : 0) + a.alignment().wordedLike(b.alignment())
                            + a.alignment().nearLike(b.alignment());
                    links.add(new long[] {i, j});
                }
            }
        }
        links.sort((x, y) -> Double.compare(scores[(int) (y[0] * n + y[1])], scores[(int) (x[0] * n + x[1])]));
        int[] parent = new int[n];
        List<Map<String, Integer>> sentences = new ArrayList<>(n);
        List<List<Claim>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            Map<String, Integer> own = new HashMap<>();
            own.put(sentenceOf(group.get(i)), group.get(i).mention().start());
            sentences.add(own);
            members.add(new ArrayList<>(List.of(group.get(i))));
        }
        for (long[] link : links) {
            int a = DisjointSets.root(parent, (int) link[0]);
            int b = DisjointSets.root(parent, (int) link[1]);
            if (a != b && !twoInOneSentence(sentences.get(a), sentences.get(b))
                    && !conflicting(members.get(a), members.get(b))) {
                parent[b] = a;
                sentences.get(a).putAll(sentences.get(b));
                members.get(a).addAll(members.get(b));
            }
        }
        Map<Integer, List<Claim>> facts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            facts.computeIfAbsent(DisjointSets.root(parent, i), r -> new ArrayList<>()).add(group.get(i));
        }
        return List.copyOf(facts.values());
    }

    /**
     * Whether two sets of claims hold two claims that say different things for an align-by qualifier: a claim
     * that leaves it unsaid links with either, but does not make them one fact ("Orozco, 27," in an undated
     * article beside reports of 2005 and of 2007).
     */
    private static boolean conflicting(List<Claim> these, List<Claim> those) {
        for (Claim a : these) {
            for (Claim b : those) {
                if (a.alignment().conflicts(b.alignment())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameValue(Claim a, Claim b) {
        return ValueText.of(a.mention()).equals(ValueText.of(b.mention()));
    }

    /** Whether two sets of claims hold two different figures of one sentence. */
    private static boolean twoInOneSentence(Map<String, Integer> a, Map<String, Integer> b) {
        for (Map.Entry<String, Integer> entry : b.entrySet()) {
            Integer start = a.get(entry.getKey());
            if (start != null && !start.equals(entry.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static String sentenceOf(Claim claim) {
        return claim.articleId() + "#" + claim.mention().sentence();
    }

    /** The severity of the strongest link between one of {@code these} and one of {@code those}; null if none. */
    static Severity severity(CheckDefinition check, Collection<Claim> these, Collection<Claim> those) {
        return severity(check, these, those, null);
    }

    /** As {@link #severity(CheckDefinition, Collection, Collection)}, where {@code ignored} may differ. */
    static Severity severity(CheckDefinition check, Collection<Claim> these, Collection<Claim> those, String ignored) {
        Severity best = null;
        int bestStep = Integer.MAX_VALUE;
        for (Claim a : these) {
            for (Claim b : those) {
                Integer step = link(check, a, b, ignored);
                if (step != null && step < bestStep) {
                    bestStep = step;
                    best = step < check.alignment().size() ? check.alignment().get(step).severity() : check.severity();
                }
            }
        }
        return best;
    }

    /** What aligned a disagreement, for its message. */
    static String describe(Claim any, Collection<Claim> these, Collection<Claim> those) {
        List<String> by = new ArrayList<>();
        if (!any.qualifier().isEmpty()) {
            by.add(any.qualifier());
        }
        any.alignment().by().forEach((name, value) -> {
            if (value != null) {
                by.add(name + "=" + value);
            }
        });
        return "Aligned by " + (by.isEmpty() ? "claim kind" : String.join(", ", by)) + "; the sentences share "
                + percent(wording(these, those)) + " of their words.";
    }

    /** Why a disagreement is not reported: no alignment step links its two sides. */
    static String unlinked(Collection<Claim> these, Collection<Claim> those) {
        return "the disagreeing sentences are not aligned: they share " + percent(wording(these, those))
                + " of their words or say different things";
    }

    /**
     * Why a fact holds more than one fact still, or null: two articles each state several values, or one does
     * and no other article states any of them.
     */
    static String ambiguous(List<Claim> fact, Function<Claim, String> value) {
        Map<String, Set<String>> byArticle = new LinkedHashMap<>();
        for (Claim claim : fact) {
            byArticle.computeIfAbsent(claim.articleId(), a -> new LinkedHashSet<>()).add(value.apply(claim));
        }
        List<String> several = new ArrayList<>();
        byArticle.forEach((article, values) -> {
            if (values.size() > 1) {
                several.add(article);
            }
        });
        if (several.size() > 1) {
            return String.join(" and ", several) + " each state several values (" + String.join(", ",
                    byArticle.get(several.get(0))) + "): the alignment holds more than one fact";
        }
        if (several.size() == 1) {
            Set<String> mine = byArticle.get(several.get(0));
            boolean shared = byArticle.entrySet().stream().filter(e -> !e.getKey().equals(several.get(0)))
                    .anyMatch(e -> e.getValue().stream().anyMatch(mine::contains));
            if (!shared) {
                return several.get(0) + " states several values (" + String.join(", ", mine) + "), none of which"
                        + " another article states: the alignment holds more than one fact";
            }
        }
        return null;
    }

    /**
     * Why a disagreement is an alignment that mixed up two figures, or null: an outlier's sentence states the
     * majority's value too, in a figure of the group outside this fact ("will pay $334 million, including $281
     * million in cash" beside another article's "paying $281 million in cash").
     */
    static String mixedUp(List<Claim> group, List<Claim> fact, List<Claim> outliers, List<Claim> majority,
                          Function<Claim, String> value) {
        String expected = value.apply(majority.get(0));
        for (Claim outlier : outliers) {
            for (Claim other : group) {
                if (other.articleId().equals(outlier.articleId()) && other.mention().sentence() == outlier.mention().sentence()
                        && !fact.contains(other) && value.apply(other).equals(expected)) {
                    return outlier.articleId() + " states " + expected + " too, beside " + value.apply(outlier)
                            + ": the two figures are not one fact";
                }
            }
        }
        return null;
    }

    /**
     * The step (its index; the number of steps for a check without steps) that links two claims of different
     * articles, or null when none does.
     */
    private static Integer link(CheckDefinition check, Claim a, Claim b, String ignored) {
        if (a.articleId().equals(b.articleId()) || a.alignment().conflicts(b.alignment(), ignored)) {
            return null;
        }
        List<CheckDefinition.Alignment> steps = check.alignment();
        if (steps.isEmpty()) {
            return 0;
        }
        List<String> shared = a.alignment().shared(b.alignment());
        double wording = a.alignment().wordedLike(b.alignment());
        for (int i = 0; i < steps.size(); i++) {
            CheckDefinition.Alignment step = steps.get(i);
            boolean known = step.known().stream().allMatch(q -> a.alignment().by().containsKey(q)
                    ? shared.contains(q) : a.knows(q));
            if (known && wording >= step.sharedWords()) {
                return i;
            }
        }
        return null;
    }

    private static double wording(Collection<Claim> these, Collection<Claim> those) {
        double best = 0;
        for (Claim a : these) {
            for (Claim b : those) {
                if (!a.articleId().equals(b.articleId())) {
                    best = Math.max(best, a.alignment().wordedLike(b.alignment()));
                }
            }
        }
        return best;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
