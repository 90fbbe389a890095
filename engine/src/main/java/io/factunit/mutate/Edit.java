package io.factunit.mutate;

/**
 * One change to an article's text: {@code before}, found at {@code [start, end)}, becomes {@code after}.
 * Offsets are into the article's analysed text ({@link io.factunit.article.Article#text()}).
 */
record Edit(int start, int end, String before, String after) {
    Edit {
        if (end - start != before.length() || before.equals(after)) {
            throw new IllegalArgumentException("not an edit: [" + start + ", " + end + ") '" + before + "' -> '"
                    + after + "'");
        }
    }
}
