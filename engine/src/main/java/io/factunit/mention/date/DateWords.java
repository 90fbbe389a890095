package io.factunit.mention.date;

import io.factunit.language.Language;
import io.factunit.mention.CountWords;

/**
 * The date finder's view of a {@link Language}: its calendar words, counts and date patterns, built once per
 * language.
 */
final class DateWords {
    final Language language;
    final CountWords counts;
    final DateVocabulary dates;
    final DatePatterns datePatterns;
    final WordKinds kinds;
    /** What opens a clause and what puts it in the future. */
    final TenseCues tenseCues;
    final EventBinder events;

    private DateWords(Language language) {
        this.language = language;
        counts = new CountWords(language);
        dates = new DateVocabulary(language);
        datePatterns = new DatePatterns(language, dates, counts);
        kinds = new WordKinds(this);
        tenseCues = new TenseCues(language);
        events = new EventBinder(language);
    }

    /** The view of a language, built once and kept with it. */
    static DateWords of(Language language) {
        return language.view(DateWords.class, DateWords::new);
    }
}
