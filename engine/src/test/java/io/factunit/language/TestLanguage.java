package io.factunit.language;

import io.factunit.analysis.AnchorWords;
import io.factunit.mention.MentionFinders;
import io.factunit.mention.quantity.NumberParser;

/** The language the tests read in, made once for the whole test JVM, as an entry point would. */
public final class TestLanguage {
    public static final Language ENGLISH = Language.english();
    public static final NumberParser NUMBERS = new NumberParser(ENGLISH);
    /** The standard finders' anchor words in English: what the pipeline hands the analyser. */
    public static final AnchorWords ANCHORS = MentionFinders.anchorWords(MentionFinders.standard(ENGLISH));

    private TestLanguage() {
    }
}
