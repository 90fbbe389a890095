package io.factunit.analysis;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A word as the analysis met it: one instance per distinct text (the analyser keeps them in a table by their
 * chars), which every token of that text shares. It has room for what stages work out about the word alone
 * ({@link Fact}: its lemma, its kinds, its lookup forms), so a finder asking about a token's word reads a
 * field instead of looking the text up in a cache of its own.
 * <p>
 * A slot belongs to the stage that fills it: each {@link Fact} or {@link OwnedFact} is a private constant of
 * the one class that works it out (the lemmas in {@link Lemmatizer}, a date word's kind in
 * {@code mention.date.WordKinds}, ...), and any other class asks that class, never the slot
 * ({@code ArchitectureTest}). So what a word keeps is worked out one way, by its owner, and a stage never
 * reads another stage's memo of a word.
 */
public final class Word {
    /** Room for facts; each {@link Fact} takes one place for the life of the JVM. */
    private static final int PLACES = 16;

    private static final Fact<String> LOWER_CASE = Fact.of(text -> text.toLowerCase(Locale.ROOT));

    private final String text;
    private final Object[] facts = new Object[PLACES];

    Word(String text) {
        this.text = Objects.requireNonNull(text);
    }

    /** A word met outside any analysed text (a placeholder token): its facts are worked out afresh. */
    public static Word of(String text) {
        return new Word(text);
    }

    public String text() {
        return text;
    }

    /** The text in lower case ({@link Locale#ROOT}), kept. */
    public String lowerCase() {
        return LOWER_CASE.of(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Word word && text.equals(word.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * Something that depends on a word's text alone, worked out the first time it is asked of a word and
     * kept in it. Facts are few and made once, as constants. Two threads asking at once may both work it
     * out; they get equal values, and the values are immutable, so either may stay.
     */
    public static final class Fact<V> {
        private static final AtomicInteger TAKEN = new AtomicInteger();

        private final int place;
        private final Function<String, ? extends V> compute;

        private Fact(Function<String, ? extends V> compute) {
            this.place = TAKEN.getAndIncrement();
            if (place >= PLACES) {
                throw new IllegalStateException("a word has room for " + PLACES + " facts");
            }
            this.compute = compute;
        }

        /** A new fact; {@code compute} must never return null. */
        public static <V> Fact<V> of(Function<String, ? extends V> compute) {
            return new Fact<>(compute);
        }

        @SuppressWarnings("unchecked")
        public V of(Word word) {
            Object value = word.facts[place];
            if (value == null) {
                value = Objects.requireNonNull(compute.apply(word.text), "a word fact worked out null");
                word.facts[place] = value;
            }
            return (V) value;
        }
    }

    /**
     * A fact that depends on a word's text and on its owner (the word lists of a language, say): kept for the
     * owner that asked last and worked out afresh for another, so a JVM with one language asks each word once
     * while tests with several still get each one's answer. Owners are compared by identity.
     */
    public static final class OwnedFact<O, V> {
        private record Kept(Object owner, Object value) {
        }

        private final Fact<Object> place = new Fact<>(text -> Boolean.FALSE);
        private final BiFunction<O, String, ? extends V> compute;

        private OwnedFact(BiFunction<O, String, ? extends V> compute) {
            this.compute = compute;
        }

        /** A new owned fact; {@code compute} must never return null. */
        public static <O, V> OwnedFact<O, V> of(BiFunction<O, String, ? extends V> compute) {
            return new OwnedFact<>(compute);
        }

        @SuppressWarnings("unchecked")
        public V of(Word word, O owner) {
            if (word.facts[place.place] instanceof Kept kept && kept.owner == owner) {
                return (V) kept.value;
            }
            V value = Objects.requireNonNull(compute.apply(owner, word.text), "a word fact worked out null");
            word.facts[place.place] = new Kept(owner, value);
            return value;
        }
    }
}
