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
        assertThat(decisions("same-title", "Emir Tamim Hamad", "President Tamim Hamad", WordList.OFFICE, "emir\temir"))
                .containsExactly("passed", "failed");
    }

    /** "Pastor Karimi" and "Paster Karimi" are two spellings of a given name, until "pastor" is an honorific. */
    @Test
    void anHonorificAddedToItsFileIsNoLongerReadAsAGivenName() throws IOException {
        assertThat(decisions("same-spelling", "Pastor Karimi", "Paster Karimi", WordList.HONORIFIC, "pastor"))
                .containsExactly("failed", "passed");
    }

    /**
     * What a check of {@code kind} decides about two articles naming a person as {@code one} and {@code other}:
     * in English as shipped, then with {@code line} added to {@code list}.
     */
    private List<String> decisions(String kind, String one, String other, WordList list, String line)
            throws IOException {
        String rules = """
                claims: [{id: people, mention: person}]
                checks:
                  - id: one-person
                    kind: %s
                    claim: people
                    examples:
                      - articles: ["%s arrived in Paris.", "%s arrived in Paris."]
                        expect: passed
                """.formatted(kind, one, other);
        return List.of(decision(rules, TestLanguage.ENGLISH), decision(rules, EnglishWith.line(folder, list, line)));
    }

    private static String decision(String rules, Language language) {
        return new ExampleRunner(new RuleSetLoader().parse("words.yaml", rules), language).runAll().get(0).actual();
    }
}
