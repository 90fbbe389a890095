package io.factunit.analysis.nlp;

import java.util.function.Function;

/**
 * What was worked out for a piece of text, looked up by the chars of a range of a longer text without
 * copying them first: tokenizing asks for every word of every sentence, and making a string of each only to
 * find the one already kept was most of the lookup's cost. It keeps the tokenizer's pieces and the tagger's
 * word features here, and the analysis its words. An open-addressing table read without locks: entries are
 * immutable and a reader that misses one takes the lock and looks again before adding. Shared by all threads;
 * it starts over once it holds {@code limit} entries, which bounds its memory whatever the input; values must
 * depend on the text alone, so starting over changes no answer.
 */
public final class TextTable<V> {
    private record Entry<V>(String key, int hash, V value) {
    }

    private final int limit;
    private volatile Entry<V>[] table = newTable(1 << 10);
    private int size; // guarded by this

    public TextTable(int limit) {
        this.limit = limit;
    }

    /**
     * The value for text[start, end), worked out by {@code compute} the first time (outside the lock: two
     * threads may both work it out, and the first one added is kept). Hot callers pass a function kept in a
     * field.
     */
    public V get(String text, int start, int end, Function<String, ? extends V> compute) {
        int hash = hash(text, start, end);
        Entry<V>[] entries = table;
        int mask = entries.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            Entry<V> entry = entries[i];
            if (entry == null) {
                String key = text.substring(start, end);
                return add(key, hash, compute.apply(key));
            }
            if (entry.hash == hash && entry.key.length() == end - start
                    && entry.key.regionMatches(0, text, start, end - start)) {
                return entry.value;
            }
        }
    }

    /** The same as {@link String#hashCode()} of the range. */
    private static int hash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash;
    }

    private synchronized V add(String key, int hash, V value) {
        Entry<V>[] entries = table;
        int mask = entries.length - 1;
        int i = hash & mask;
        for (Entry<V> entry = entries[i]; entry != null; entry = entries[i]) {
            if (entry.hash == hash && entry.key.equals(key)) {
                return entry.value; // added by another thread since the look without the lock
            }
            i = (i + 1) & mask;
        }
        if (size >= limit) {
            entries = newTable(1 << 10);
            size = 0;
        } else if ((size + 1) * 2 > entries.length) {
            entries = grown(entries);
        } else {
            entries[i] = new Entry<>(key, hash, value);
            size++;
            return value;
        }
        put(entries, new Entry<>(key, hash, value));
        size++;
        table = entries;
        return value;
    }

    private static <V> Entry<V>[] grown(Entry<V>[] entries) {
        Entry<V>[] bigger = newTable(entries.length * 2);
        for (Entry<V> entry : entries) {
            if (entry != null) {
                put(bigger, entry);
            }
        }
        return bigger;
    }

    private static <V> void put(Entry<V>[] entries, Entry<V> entry) {
        int mask = entries.length - 1;
        int i = entry.hash & mask;
        while (entries[i] != null) {
            i = (i + 1) & mask;
        }
        entries[i] = entry;
    }

    @SuppressWarnings("unchecked")
    private static <V> Entry<V>[] newTable(int length) {
        return (Entry<V>[]) new Entry<?>[length];
    }
}
