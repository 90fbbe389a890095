package io.factunit.mention.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.analysis.TextAnalyzer;
import io.factunit.language.TestLanguage;
import java.util.List;

/** The quantity finder run on one text, its mentions checked to span their own text: shared by the finder's tests. */
final class FoundQuantities {
    private static final QuantityFinder FINDER = new QuantityFinder(TestLanguage.ENGLISH);

    private FoundQuantities() {
    }

    static List<QuantityMention> in(String text) {
        List<QuantityMention> found = FINDER.find(text, TextAnalyzer.shared().analyze(text, TestLanguage.ANCHORS));
        for (QuantityMention m : found) {
            assertThat(m.text()).isEqualTo(text.substring(m.start(), m.end()));
        }
        return found;
    }

    /** The one mention of the text; fails when there are none or several. */
    static QuantityMention only(String text) {
        List<QuantityMention> found = in(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
