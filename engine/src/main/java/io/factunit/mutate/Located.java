package io.factunit.mutate;

/** Text found at {@code [start, end)} of an article's text: what a plant would change. */
record Located(int start, int end, String text) {

    /** The edit that puts {@code after} in its place. */
    Edit to(String after) {
        return new Edit(start, end, text, after);
    }
}
