package io.factunit.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was worked out for a text (a quote's normal form), kept so that the next occurrence costs one lookup:
 * news repeats itself. What depends on an analysed word alone is kept in its {@link Word} instead, and what
 * the tokenizer and tagger remember in their own tables ({@code nlp.TextTable}). Shared by all threads,
 * since a pool's threads come and go and per-thread caches would be rebuilt; started over once it holds
 * {@code limit} entries, which bounds its memory whatever the input. Values must depend on the text alone,
 * so a cleared cache changes no answer.
 */
public final class WordCache<V> {
    private final int limit;
    private final Map<String, V> entries = new ConcurrentHashMap<>();

    public WordCache(int limit) {
        this.limit = limit;
    }

    /**
     * The value for {@code word}, worked out by {@code compute} the first time. Hot callers pass a function
     * kept in a field: a method reference written at the call would be a new object on every call.
     */
    public V get(String word, Function<String, ? extends V> compute) {
        V value = entries.get(word);
        if (value == null) {
            value = compute.apply(word);
            if (entries.size() >= limit) {
                entries.clear();
            }
            entries.put(word, value);
        }
        return value;
    }
}
