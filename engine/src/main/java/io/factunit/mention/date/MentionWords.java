package io.factunit.mention.date;

import io.factunit.language.Language;
import io.factunit.mention.CountWords;

/**
 * The date finder's view of a {@link Language}: its calendar words, counts and date patterns, built once per
 * language. (Named as the view all finders shared before the split, which the date scanner still reads.)
 */
final class MentionWords {
    final Language language;
    final CountWords counts;
    final DateVocabulary dates;
    final DatePatterns datePatterns;
    final WordKinds kinds;

    private MentionWords(Language language) {
        this.language = language;
        counts = new CountWords(language);
        dates = new DateVocabulary(language);
        datePatterns = new DatePatterns(language, dates, counts);
        kinds = new WordKinds(this);
    }

    /** The view of a language, built once and kept with it. */
    static MentionWords of(Language language) {
        return language.view(MentionWords.class, MentionWords::new);
    }
}
