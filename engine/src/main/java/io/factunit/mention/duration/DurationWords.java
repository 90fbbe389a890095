package io.factunit.mention.duration;

import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import io.factunit.mention.CountWords;
import java.util.HashSet;
import java.util.Set;

/** The duration finder's view of a {@link Language}: counts and units of time, built once per language. */
final class DurationWords {
    final Language language;
    final CountWords counts;
    final DurationUnits units;
    /** The units of time, singular, plural and as "weeklong" (one word to the analyser). */
    final Set<String> anchorWords;

    private DurationWords(Language language) {
        this.language = language;
        counts = new CountWords(language);
        units = new DurationUnits(language);
        Set<String> anchors = new HashSet<>();
        for (WordTable.Row unit : language.words(WordList.TIME_UNIT).rows()) {
            anchors.add(unit.word());
            anchors.add(unit.column(0));
            anchors.add(unit.word() + "long");
        }
        anchorWords = Set.copyOf(anchors);
    }

    /** The view of a language, built once and kept with it. */
    static DurationWords of(Language language) {
        return language.view(DurationWords.class, DurationWords::new);
    }
}
