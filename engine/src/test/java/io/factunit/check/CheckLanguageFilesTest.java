package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.language.EnglishWith;
import io.factunit.language.Language;
import io.factunit.language.TestLanguage;
import io.factunit.language.WordList;
import io.factunit.rules.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check kinds read their words from the language too: a line added to one of its files changes what a
 * check decides, with no Java changed.
 */
class CheckLanguageFilesTest {
    @TempDir
    Path folder;

    /** "Emir" names no listed office, so it cannot contradict "President"; listed, it does. */
    @Test
    void aWordingAddedToTheOfficeFileMakesTwoTitlesConflict() throws IOException {
        String rules = """
                claims: [{id: people, mention: person}]
                checks:
                  - id: one-title
                    kind: same-title
                    claim: people
                    examples:
                      - articles: ["Emir Tamim Hamad arrived in Paris.", "President Tamim Hamad arrived in Paris."]
                        expect: failed
                """;
        assertThat(outcomes(rules, TestLanguage.ENGLISH)).containsExactly("passed");
        assertThat(outcomes(rules, EnglishWith.line(folder, WordList.OFFICE, "emir\temir"))).containsExactly("failed");
    }

    /** "Pastor Karimi" and "Paster Karimi" are two spellings of a given name, until "pastor" is an honorific. */
    @Test
    void anHonorificAddedToItsFileIsNoLongerReadAsAGivenName() throws IOException {
        String rules = """
                claims: [{id: people, mention: person}]
                checks:
                  - id: one-spelling
                    kind: same-spelling
                    claim: people
                    examples:
                      - articles: ["Pastor Karimi arrived in Paris.", "Paster Karimi arrived in Paris."]
                        expect: passed
                """;
        assertThat(outcomes(rules, TestLanguage.ENGLISH)).containsExactly("failed");
        assertThat(outcomes(rules, EnglishWith.line(folder, WordList.HONORIFIC, "pastor"))).containsExactly("passed");
    }

    private static List<String> outcomes(String rules, Language language) {
        return new ExampleRunner(new RuleSetLoader().parse("words.yaml", rules), language).runAll().stream()
                .map(ExampleRunner.Outcome::actual).toList();
    }
}
