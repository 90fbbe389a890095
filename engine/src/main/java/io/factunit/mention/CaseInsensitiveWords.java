package io.factunit.mention;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * A fixed set of English words matched regardless of case, for the finders' word lists. Replaces
 * {@code TreeSet(String.CASE_INSENSITIVE_ORDER)}, whose lookup compares character by character down the
 * tree and was a noticeable share of finding mentions: here a word already in lower case, as most tokens
 * are, is one hash lookup, and others are lower-cased first. Words are matched by their lower case in
 * {@link Locale#ROOT}, which for the ASCII words these lists hold is what case-insensitive order compares.
 */
public final class CaseInsensitiveWords extends AbstractSet<String> {
    private final Map<String, String> byLowerCase = new HashMap<>();

    private CaseInsensitiveWords(Collection<String> words) {
        for (String word : words) {
            byLowerCase.putIfAbsent(word.toLowerCase(Locale.ROOT), word);
        }
    }

    public static CaseInsensitiveWords of(Collection<String> words) {
        return new CaseInsensitiveWords(words);
    }

    public static CaseInsensitiveWords of(String... words) {
        return new CaseInsensitiveWords(java.util.List.of(words));
    }

    @Override
    public boolean contains(Object word) {
        return word instanceof String text && byLowerCase.containsKey(lowerCase(text));
    }

    private static String lowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 0x7F) {
                return text.toLowerCase(Locale.ROOT);
            }
        }
        return text;
    }

    @Override
    public Iterator<String> iterator() {
        return byLowerCase.values().iterator();
    }

    @Override
    public int size() {
        return byLowerCase.size();
    }
}
