package io.factunit.mention.date;

import io.factunit.analysis.Token;
import io.factunit.analysis.Word;

/**
 * Which date anchor kinds a word is ({@link DateVocabulary#classify}), worked out once per word and kept as
 * bits in the token's {@link Word}: the scanner asks it of every token of an article, and the kept answer
 * replaces lower-casing and several set lookups.
 */
final class WordKinds {
    /** The date anchor kinds ({@link DateVocabulary#DIGIT} and its siblings). */
    static final int DATE_ANCHORS = DateVocabulary.DIGIT | DateVocabulary.MONTH_WORD | DateVocabulary.WEEKDAY_WORD
            | DateVocabulary.TIME_WORD;

    private static final Word.OwnedFact<WordKinds, Integer> KINDS = Word.OwnedFact.of(WordKinds::classify);

    private final DateWords words;

    WordKinds(DateWords words) {
        this.words = words;
    }

    int of(Token token) {
        return KINDS.of(token.word(), this);
    }

    private int classify(String word) {
        return words.dates.classify(word);
    }
}
