package io.factunit.mention;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.analysis.TaggingAnchors;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The analyser tags only sentences holding a word some finder starts from; its list must keep up with the
 * finders' own vocabularies, or a sentence a finder needs would reach it untagged.
 */
class TaggingAnchorsVocabularyTest {

    @Test
    void everyDateNumberAndDurationWordMakesItsSentenceTagged() {
        Set<String> words = new TreeSet<>();
        words.addAll(DateVocabulary.anchorWords());
        NumberParser.numberWords().forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        words.addAll(DurationFinder.unitWords());
        words.remove("long"); // only counts right after a unit word ("week-long"), itself an anchor

        assertThat(words).isNotEmpty().allSatisfy(word -> assertThat(TaggingAnchors.isAnchorWord(word))
                .as("'%s' is an anchor", word).isTrue());
    }
}
