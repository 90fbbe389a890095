package io.factunit.language;

import io.factunit.analysis.AnchorWords;
import io.factunit.mention.MentionFinders;
import io.factunit.mention.quantity.NumberParser;
import io.factunit.rules.RuleSetLoader;
import java.nio.file.Path;
import java.util.List;

/** The language the tests read in, made once for the whole test JVM, as an entry point would. */
public final class TestLanguage {
    public static final Language ENGLISH = Language.english();
    public static final NumberParser NUMBERS = new NumberParser(ENGLISH);
    /** The standard finders' anchor words in English: what the pipeline hands the analyser. */
    public static final AnchorWords ANCHORS = MentionFinders.anchorWords(MentionFinders.standard(ENGLISH));
    /**
     * The places and organisations the default news pack declares for the seed story ("Hamas", "Khan Yunis"):
     * what a checker with that pack knows besides the language. The pack is another module, read from its folder.
     */
    public static final List<String> NEWS_NAMES = new RuleSetLoader()
            .load(List.of(Path.of("../rules/src/main/resources/factunit/rules"))).names().all();

    private TestLanguage() {
    }
}
