package io.factunit.article;

import java.util.Arrays;

/**
 * An article's text as a reader sees it: without zero-width characters and soft hyphens
 * ({@link HiddenCharacters#isZeroWidth}). "1\u200B000 people" shows as "1000 people" and must read so, to
 * every finder at once; "20,\u00AD000" is 20,000. Positions still point into the file: each offset of the
 * visible text maps to where its char stood before the removal, and from there through the reader's map.
 */
final class VisibleText {
    private VisibleText() {
    }

    static ParsedArticle of(ParsedArticle parsed) {
        String text = parsed.text();
        int first = firstZeroWidth(text);
        if (first < 0) {
            return parsed; // the usual case costs one scan
        }
        StringBuilder visible = new StringBuilder(text.length()).append(text, 0, first);
        // after each run of removed chars: the visible offset where it was, and how many were removed up to it
        int[] gapAt = new int[8];
        int[] removedUpTo = new int[8];
        int gaps = 0;
        int removed = 0;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (HiddenCharacters.isZeroWidth(c)) {
                removed++;
                if (i + 1 < text.length() && HiddenCharacters.isZeroWidth(text.charAt(i + 1))) {
                    continue;
                }
                if (gaps == gapAt.length) {
                    gapAt = Arrays.copyOf(gapAt, gaps * 2);
                    removedUpTo = Arrays.copyOf(removedUpTo, gaps * 2);
                }
                gapAt[gaps] = visible.length();
                removedUpTo[gaps] = removed;
                gaps++;
            } else {
                visible.append(c);
            }
        }
        PositionMap original = parsed.positions();
        int[] at = Arrays.copyOf(gapAt, gaps);
        int[] shift = Arrays.copyOf(removedUpTo, gaps);
        PositionMap positions = offset -> {
            int index = Arrays.binarySearch(at, offset); // runs are apart, so their offsets are distinct
            int gap = index >= 0 ? index : -index - 2;
            return original.position(gap < 0 ? offset : offset + shift[gap]);
        };
        return new ParsedArticle(visible.toString(), parsed.metadata(), positions, parsed.unreadableDate());
    }

    private static int firstZeroWidth(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (HiddenCharacters.isZeroWidth(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
