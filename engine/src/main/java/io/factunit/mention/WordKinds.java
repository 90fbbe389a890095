package io.factunit.mention;

import io.factunit.analysis.WordCache;
import java.util.function.Function;

/**
 * What the finders ask of a word alone, worked out once per word and kept as bits: whether it is a date
 * anchor of some kind ({@link DateVocabulary#anchor}), a unit of a length of time, or a word a number can start
 * with. Each finder walks every token of an article; one cached lookup per token replaces lower-casing and
 * several set lookups in each of them.
 */
final class WordKinds {
    /** The date anchor kinds occupy the low bits ({@link DateVocabulary#DIGIT} and its siblings). */
    static final int DATE_ANCHORS = DateVocabulary.DIGIT | DateVocabulary.MONTH_WORD | DateVocabulary.WEEKDAY_WORD
            | DateVocabulary.TIME_WORD;
    /** A unit of a length of time, alone or at the end of a compound ("days", "six-week", "weeklong"). */
    static final int UNIT_WORD = 16;
    /** A word a number can start with: digits, a currency sign, a number word, "a", "several", ... */
    static final int NUMBER_START = 32;

    private static final WordCache<Integer> KINDS = new WordCache<>(100_000);
    private static final Function<String, Integer> CLASSIFY = WordKinds::classify;

    private WordKinds() {
    }

    static int of(String word) {
        return KINDS.get(word, CLASSIFY);
    }

    private static int classify(String word) {
        return DateVocabulary.classify(word)
                | (DurationFinder.isUnitWord(word) ? UNIT_WORD : 0)
                | (QuantityFinder.mayStartNumber(word) ? NUMBER_START : 0);
    }
}
