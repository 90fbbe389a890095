package io.factunit.mention.duration;

import io.factunit.language.TestLanguage;
import io.factunit.mention.GatedPatterns;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The duration finder runs its forms gated; they must find exactly what the patterns find. */
class GatedDurationFormsTest {
    private static final DurationFinder DURATIONS = new DurationFinder(TestLanguage.ENGLISH);
    private static final List<Pattern> SCANNED = List.of(DURATIONS.compoundForm, DURATIONS.longForm,
            DURATIONS.plainForm);

    @Test
    void findTheSameInTheSeeds() {
        GatedPatterns.assertSameInTheSeeds(SCANNED);
    }

    @Test
    void findTheSameInRandomGluesOfTheirWords() {
        GatedPatterns.assertSameInRandomGluesOfTheirWords(SCANNED);
    }
}
