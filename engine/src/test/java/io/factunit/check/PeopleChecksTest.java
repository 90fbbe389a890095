package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.language.TestLanguage;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * same-spelling and same-title through the whole pipeline: who is one person across a story, which spellings
 * of one person conflict, and which titles do. The summaries are exact.
 */
class PeopleChecksTest {
    private static final String RULES = """
            claims:
              - {id: people, mention: person}
            checks:
              - id: spelling
                kind: same-spelling
                claim: people
                examples:
                  - articles: ["Lindsay Lohan spoke on Monday.", "Lindsay Lohn spoke on Monday."]
                    expect: failed
                  - articles: ["Jason Flynn spoke on Monday.", "Jason Flyn spoke on Monday."]
                    expect: failed
                  - articles: ["Tony Thompson lost on Saturday.", "Tony Thumpson lost on Saturday."]
                    expect: failed
                  - articles: ["Hillary Clinton spoke on Monday.", "Bill Clinton spoke on Monday."]
                    expect: skipped
                  - articles: ["Charlene Kafoury and Charlie Kafoury spoke.", "Charlene Kafoury spoke."]
                    expect: passed
                  - articles: ["Walter F. Bugden spoke.", "Barbara Walther spoke."]
                    expect: skipped
                  - articles: ["John Jenkin spoke.", "Miss Jenkin spoke.", "Kathryn Jenkin spoke."]
                    expect: passed
                  - articles: ["Azm Al Homoud spoke.", "Azm Al-Homoud spoke."]
                    expect: passed
                  - articles: ["Hassan Abu Askhar spoke.", "Hassan Abu Askar spoke."]
                    expect: failed
                  - articles: ["Hillary Clinton spoke on Monday.", "On Monday Mr. Clinton spoke."]
                    expect: skipped
                  - articles: ["John Jenkin spoke.", "Miss Jenkin spoke."]
                    expect: skipped
                  - articles: ["Kathryn Jenkin spoke.", "Miss Jenkin spoke."]
                    expect: passed
              - id: title
                kind: same-title
                claim: people
                examples:
                  - articles: ["Treasury Secretary Henry Paulson spoke.", "The Commerce Secretary, Henry Paulson, spoke."]
                    expect: failed
                  - articles: ["CIA chief William Burns spoke.", "The Director of the CIA, William Burns, spoke."]
                    expect: passed
                  - articles: ["Meanwhile ex-Vice President Dick Cheney spoke.", "Former Vice President Dick Cheney spoke."]
                    expect: passed
                  - articles: ["Former Vice President Dick Cheney spoke.", "President Dick Cheney spoke."]
                    expect: failed
                  - articles: ["B.C. Attorney General Wally Oppal spoke.", "British Columbia Attorney General Wally Oppal spoke."]
                    expect: passed
                  - articles: ["Palmer Fire and Rescue Chief John McNutt came.", "Palmer Fire Chief John McNutt came."]
                    expect: passed
            """;
    private static final RuleSet RULE_SET = new RuleSetLoader().parse("people.yaml", RULES);

    @TestFactory
    Stream<DynamicTest> everyExampleComesOutAsItSays() {
        return new ExampleRunner(RULE_SET, TestLanguage.ENGLISH).runAll().stream()
                .map(outcome -> DynamicTest.dynamicTest(outcome.check().id() + ": " + outcome.example().expect(),
                        () -> assertThat(outcome.actual()).as(outcome.describe()).isEqualTo(outcome.example().expect())));
    }

    @Test
    void aSlipThatChangesHowASurnameSoundsIsStillOnePerson() {
        assertThat(failures("spelling", 0)).containsExactly("\"Lindsay Lohan\" (example-1) vs \"Lindsay Lohn\" (example-2)");
        assertThat(failures("spelling", 1)).containsExactly("\"Jason Flynn\" (example-1) vs \"Jason Flyn\" (example-2)");
        assertThat(failures("spelling", 2))
                .containsExactly("\"Tony Thompson\" (example-1) vs \"Tony Thumpson\" (example-2)");
    }

    @Test
    void peopleWhoShareASurnameAreTwoPeople() {
        assertThat(results("spelling", 3)).containsExactly(
                "skipped: Hillary Clinton: skipped, only example-1 names Hillary Clinton",
                "skipped: Bill Clinton: skipped, only example-2 names Bill Clinton");
        assertThat(results("spelling", 4)).containsExactly("passed: Charlene Kafoury in 2 articles",
                "skipped: Charlie Kafoury: skipped, only example-1 names Charlie Kafoury");
    }

    @Test
    void aGenderedHonorificJoinsOnlyAPersonOfItsGender() {
        assertThat(results("spelling", 9)).containsExactly(
                "skipped: Hillary Clinton: skipped, only example-1 names Hillary Clinton",
                "skipped: Mr. Clinton: skipped, only example-2 names Mr. Clinton");
        assertThat(results("spelling", 10)).containsExactly(
                "skipped: John Jenkin: skipped, only example-1 names John Jenkin",
                "skipped: Miss Jenkin: skipped, only example-2 names Miss Jenkin");
        assertThat(results("spelling", 11)).containsExactly("passed: Kathryn Jenkin / Miss Jenkin in 2 articles");
        assertThat(results("spelling", 6)).containsExactly(
                "skipped: John Jenkin: skipped, only example-1 names John Jenkin",
                "passed: Miss Jenkin / Kathryn Jenkin in 2 articles");
    }

    @Test
    void aNameCutAtAnInitialIsNobody() {
        assertThat(results("spelling", 5)).containsExactly(
                "skipped: Barbara Walther: skipped, only example-2 names Barbara Walther");
    }

    @Test
    void titlesConflictOnTheirOrganisationOrOffice() {
        assertThat(failures("title", 0))
                .containsExactly("Henry Paulson is Treasury Secretary in example-1 but Commerce Secretary in example-2");
        assertThat(failures("title", 3)).containsExactly(
                "Dick Cheney is Former Vice President in example-1 but President in example-2");
        assertThat(results("title", 2)).containsExactly(
                "passed: Dick Cheney as ex-Vice President / Former Vice President in 2 articles");
    }

    private static List<String> failures(String checkId, int example) {
        return run(checkId, example).stream().filter(r -> r.status() == Status.FAILED).map(CheckResult::summary).toList();
    }

    private static List<String> results(String checkId, int example) {
        return run(checkId, example).stream().map(r -> r.status().name().toLowerCase() + ": " + r.summary()).toList();
    }

    private static List<CheckResult> run(String checkId, int example) {
        ExampleRunner runner = new ExampleRunner(RULE_SET, TestLanguage.ENGLISH);
        var check = RULE_SET.check(checkId).orElseThrow();
        return runner.run(check, check.examples().get(example)).results();
    }
}
