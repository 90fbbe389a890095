package io.factunit.mention;

import io.factunit.analysis.Token;
import io.factunit.analysis.Word;

/**
 * What the finders ask of a word alone, worked out once per word and kept as bits: whether it is a date
 * anchor of some kind ({@link DateVocabulary#classify}), a unit of a length of time, or a word a number can
 * start with. Each finder walks every token of an article; the answer kept in the token's {@link Word}
 * replaces lower-casing and several set lookups in each of them.
 */
final class WordKinds {
    /** The date anchor kinds occupy the low bits ({@link DateVocabulary#DIGIT} and its siblings). */
    static final int DATE_ANCHORS = DateVocabulary.DIGIT | DateVocabulary.MONTH_WORD | DateVocabulary.WEEKDAY_WORD
            | DateVocabulary.TIME_WORD;
    /** A unit of a length of time, alone or at the end of a compound ("days", "six-week", "weeklong"). */
    static final int UNIT_WORD = 16;
    /** A word a number can start with: digits, a currency sign, a number word, "a", "several", ... */
    static final int NUMBER_START = 32;

    private static final Word.OwnedFact<WordKinds, Integer> KINDS = Word.OwnedFact.of(WordKinds::classify);

    private final MentionWords words;
    private final DurationUnits units;

    WordKinds(MentionWords words) {
        this.words = words;
        this.units = new DurationUnits(words.language);
    }

    int of(Token token) {
        return KINDS.of(token.word(), this);
    }

    private int classify(String word) {
        return words.dates.classify(word)
                | (units.isUnitWord(word) ? UNIT_WORD : 0)
                | (QuantityFinder.mayStartNumber(words, word) ? NUMBER_START : 0);
    }
}
