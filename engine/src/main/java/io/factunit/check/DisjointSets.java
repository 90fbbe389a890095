package io.factunit.check;

/**
 * Union-find over the indexes of a list, as the checks that gather claims into facts, people or quotations use
 * it: {@code parent[i] == i} marks a root; roots are found with path halving.
 */
final class DisjointSets {
    private DisjointSets() {
    }

    /** The root of {@code i}'s set, shortening the path on the way. */
    static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
