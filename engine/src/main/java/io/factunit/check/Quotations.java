package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.quote.QuoteMention;
import io.factunit.mention.quote.QuoteWord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which quotes of a story are one quotation: quotes from different articles whose words align
 * ({@link QuoteAlignment}) with most words shared, in order. Candidates come from an index of shared word
 * triples, so a story's quotes are not compared all with all: a triple found in very many quotes ("one of
 * the") proposes nothing, and each quote is aligned with at most {@link #CANDIDATES} others.
 */
final class Quotations {
    /** Words two quotes must share to be one quotation. */
    static final int MIN_SHARED = 5;
    /** The share of the shorter quote's words that must be matched. */
    static final double MIN_SHARE = 0.6;
    /** A quotation reworded beyond this is another quotation: at most one changed word in four shared. */
    static final int SHARED_PER_CHANGE = 4;
    private static final int SHINGLE = 3;
    private static final int MAX_POSTINGS = 100;
    static final int CANDIDATES = 40;

    /** Two quotes of one quotation, by their index in the claims, with their alignment. */
    record Pair(int first, int second, QuoteAlignment alignment) {
    }

    /** One quotation: the quotes that make it, by index, and every aligned pair between them. */
    record Group(List<Integer> quotes, List<Pair> pairs) {
    }

    private Quotations() {
    }

    static List<QuoteWord> words(Claim claim) {
        return ((QuoteMention) claim.mention()).words();
    }

    static int wordCount(List<QuoteWord> words) {
        int count = 0;
        for (QuoteWord word : words) {
            count += word.gap() ? 0 : 1;
        }
        return count;
    }

    /** The groups of quotes, in order of their first quote; claims must be in a stable order. */
    static List<Group> group(List<Claim> claims) {
        Map<String, List<Integer>> postings = new HashMap<>();
        List<List<String>> shingles = new ArrayList<>();
        for (int q = 0; q < claims.size(); q++) {
            List<String> own = shingles(words(claims.get(q)));
            shingles.add(own);
            for (String shingle : own) {
                postings.computeIfAbsent(shingle, s -> new ArrayList<>()).add(q);
            }
        }
        int[] parent = new int[claims.size()];
        for (int q = 0; q < parent.length; q++) {
            parent[q] = q;
        }
        List<Pair> pairs = new ArrayList<>();
        for (int q = 0; q < claims.size(); q++) {
            for (int other : candidates(q, claims, shingles.get(q), postings)) {
                QuoteAlignment alignment = QuoteAlignment.of(words(claims.get(q)), words(claims.get(other)));
                if (oneQuotation(alignment)) {
                    pairs.add(new Pair(q, other, alignment));
                    parent[DisjointSets.root(parent, q)] = DisjointSets.root(parent, other);
                }
            }
        }
        Map<Integer, Group> groups = new LinkedHashMap<>();
        for (int q = 0; q < claims.size(); q++) {
            groups.computeIfAbsent(DisjointSets.root(parent, q), root -> new Group(new ArrayList<>(), new ArrayList<>())).quotes().add(q);
        }
        for (Pair pair : pairs) {
            groups.get(DisjointSets.root(parent, pair.first())).pairs().add(pair);
        }
        return groups.values().stream().filter(g -> !g.pairs().isEmpty()).toList();
    }

    /** Later quotes of other articles sharing the most triples with quote q, at most CANDIDATES of them. */
    private static List<Integer> candidates(int q, List<Claim> claims, List<String> shingles,
                                            Map<String, List<Integer>> postings) {
        Map<Integer, Integer> shared = new LinkedHashMap<>();
        String article = claims.get(q).articleId();
        for (String shingle : shingles) {
            List<Integer> quotes = postings.get(shingle);
            if (quotes.size() > MAX_POSTINGS) {
                continue;
            }
            for (int other : quotes) {
                if (other > q && !claims.get(other).articleId().equals(article)) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CANDIDATES).map(Map.Entry::getKey).sorted().toList();
    }

    static boolean oneQuotation(QuoteAlignment alignment) {
        int shared = alignment.shared();
        int shorter = Math.min(wordCount(alignment.a()), wordCount(alignment.b()));
        return shared >= MIN_SHARED && shared >= MIN_SHARE * shorter
                && alignment.changedWords() * SHARED_PER_CHANGE <= shared;
    }

    /** Distinct word triples without a gap, in order of first occurrence. */
    private static List<String> shingles(List<QuoteWord> words) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            if (words.get(i).gap() || words.get(i + 1).gap() || words.get(i + 2).gap()) {
                continue;
            }
            String shingle = words.get(i).form() + ' ' + words.get(i + 1).form() + ' ' + words.get(i + 2).form();
            if (seen.add(shingle)) {
                out.add(shingle);
            }
        }
        return out;
    }
}
