package io.factunit.claim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What aligns a claim with the claims of other articles beyond its qualifier, which must match exactly: the
 * values of its definition's align-by qualifiers ("verb" → "release", "holder" → "senate"; null when the
 * sentence does not say) and its sentence's content words. Two claims align when no align-by value differs
 * ({@link #conflicts}); how strongly is what they share with a value ({@link #shared}) and how alike their
 * sentences are worded ({@link #wordedLike}).
 *
 * @param by    align-by qualifier → value (null: unsaid), in the definition's order
 * @param words the lemmas of the sentence's content words (nouns, names, verbs, adjectives, adverbs), sorted
 * @param near  the same of the few words either side of the mention: which of two figures of one sentence
 *              another sentence's figure answers to ({@link #nearLike})
 */
public record Alignment(Map<String, String> by, List<String> words, List<String> near) {
    public static final Alignment NONE = new Alignment(Map.of(), List.of(), List.of());

    public Alignment {
        by = by.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(by)); // values may be null
        words = List.copyOf(words);
        near = List.copyOf(near);
    }

    /** Whether the two claims say different things for some align-by qualifier both state. */
    public boolean conflicts(Alignment other) {
        return conflicts(other, null);
    }

    /** As {@link #conflicts(Alignment)}, leaving out one qualifier ("published", across which a total may grow). */
    public boolean conflicts(Alignment other, String ignored) {
        for (Map.Entry<String, String> entry : by.entrySet()) {
            if (entry.getKey().equals(ignored)) {
                continue;
            }
            String mine = entry.getValue();
            String theirs = other.by.get(entry.getKey());
            if (mine != null && theirs != null && !same(entry.getKey(), mine, theirs)) {
                return true;
            }
        }
        return false;
    }

    /** The align-by qualifiers both claims state, alike. */
    public List<String> shared(Alignment other) {
        return by.entrySet().stream().filter(e -> e.getValue() != null && other.by.get(e.getKey()) != null
                && same(e.getKey(), e.getValue(), other.by.get(e.getKey()))).map(Map.Entry::getKey).toList();
    }

    /**
     * How alike two claims' sentences are worded: the share of their content words they have in common
     * (Jaccard: shared over all), from 0 (nothing shared) to 1 (the same words). A figure copied with a slip
     * keeps its sentence's words; a different fact that happens to align is worded differently.
     */
    public double wordedLike(Alignment other) {
        return jaccard(words, other.words);
    }

    /** How alike the words right around two mentions are, as {@link #wordedLike} for their sentences. */
    public double nearLike(Alignment other) {
        return jaccard(near, other.near);
    }

    private static double jaccard(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int order = a.get(i).compareTo(b.get(j));
            if (order == 0) {
                shared++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    /**
     * Two values of one qualifier name the same thing: equal, or for a holder, one name and the same name
     * shortened or titled: "dileo" and "tony dileo", "peyton manning" and "quarterback peyton manning" (the
     * shorter is the end of the longer), "mr. jackman" and "hugh jackman" (an honorific or an initial, which
     * ends in a point, stands for any given name). "gary gomes" and "catherine gomes" are two people.
     */
    static boolean same(String qualifier, String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (!qualifier.equals("holder") && !qualifier.equals("person")) {
            return false;
        }
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (!x[x.length - 1].equals(y[y.length - 1])) {
            return false;
        }
        return endsWith(x, y) || endsWith(y, x) || x[0].endsWith(".") || y[0].endsWith(".");
    }

    /** Whether the words {@code shorter} are the last words of {@code longer}. */
    private static boolean endsWith(String[] longer, String[] shorter) {
        if (shorter.length > longer.length) {
            return false;
        }
        for (int i = 1; i <= shorter.length; i++) {
            if (!longer[longer.length - i].equals(shorter[shorter.length - i])) {
                return false;
            }
        }
        return true;
    }
}
