package io.factunit.language;

import io.factunit.mention.NumberParser;

/** The language the tests read in, made once for the whole test JVM, as an entry point would. */
public final class TestLanguage {
    public static final Language ENGLISH = Language.english();
    public static final NumberParser NUMBERS = new NumberParser(ENGLISH);

    private TestLanguage() {
    }
}
