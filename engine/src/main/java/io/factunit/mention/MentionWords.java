package io.factunit.mention;

import io.factunit.language.Language;
import io.factunit.language.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The finders' view of a {@link Language}: its lists made into the lookups, number grammar and date patterns
 * the finders use, built once per language and shared by the finders of one pipeline.
 */
final class MentionWords {
    final Language language;
    final CountWords counts;
    final NumberParser numbers;
    final Bounds bounds;
    final DateVocabulary dates;
    final DatePatterns datePatterns;
    /** Units of time: a count of them is a length of time, not a count of things. */
    final Set<String> timeUnits;
    final Set<String> months;
    final Set<String> clockWords;
    final Set<String> numberLabels;
    final Map<String, String> currencies;
    final Set<String> reportingVerbs;
    final WordKinds kinds;

    MentionWords(Language language) {
        this.language = language;
        counts = new CountWords(language);
        numbers = new NumberParser(language);
        bounds = new Bounds(language);
        dates = new DateVocabulary(language);
        datePatterns = new DatePatterns(language, dates, counts);
        timeUnits = CaseInsensitiveWords.of(language.words(WordList.TIME_UNIT).words());
        List<String> monthNames = new ArrayList<>(language.words(WordList.MONTH).words());
        for (String abbreviation : language.words(WordList.MONTH_ABBREVIATION).words()) {
            monthNames.add(abbreviation);
            monthNames.add(abbreviation + ".");
        }
        months = CaseInsensitiveWords.of(monthNames);
        clockWords = CaseInsensitiveWords.of(language.words(WordList.CLOCK_WORD).words());
        numberLabels = CaseInsensitiveWords.of(language.words(WordList.NUMBER_LABEL).words());
        currencies = language.words(WordList.CURRENCY).table();
        reportingVerbs = CaseInsensitiveWords.of(language.words(WordList.REPORTING_VERB).words());
        kinds = new WordKinds(this);
    }

    /** The view of a language, built once and kept with it. */
    static MentionWords of(Language language) {
        return language.view(MentionWords.class, MentionWords::new);
    }
}
