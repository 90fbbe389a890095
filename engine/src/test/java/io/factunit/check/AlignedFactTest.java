package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.language.TestLanguage;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The facts a check compared, as the alignment table reads them: what each is about, and each article's value
 * with the check's own verdict on it (majority, outlier, agreeing, not compared).
 */
class AlignedFactTest {
    private static final String RULES = """
            claims:
              - id: figures
                mention: quantity
                open: true
                qualifiers: [head, event]
                align-by: [verb, holder, published]
              - id: prisoners-released
                mention: quantity
                head: [prisoner]
                verb: [release]
              - id: event-dates
                mention: date
                event: true
              - id: people
                mention: person
            checks:
              - id: figures-agree
                kind: agree
                claim: figures
                alignment:
                  - {known: [head, verb, holder], shared-words: 25%, severity: error}
                  - {known: [head], shared-words: 55%, severity: warning}
                examples:
                  - name: a changed figure beside one that agrees
                    articles:
                      - "Lawson scored 22 points. Jones grabbed 10 rebounds."
                      - "Lawson scored 22 points. Jones grabbed 10 rebounds."
                      - "Lawson scored 21 points. Jones grabbed 10 rebounds."
                    expect: failed
                  - name: figures no link bears
                    articles: ["Lawson scored 22 points.", "Green scored 14 points.", "Green scored 14 points."]
                    expect: passed
              - id: prisoners-agree
                kind: agree
                claim: prisoners-released
                examples:
                  - name: one article alone
                    articles: ["Israel released 240 prisoners.", "Israel released 250 prisoners."]
                    expect: failed
                  - name: vague amounts are not compared
                    articles: ["Israel released 240 prisoners.", "Israel released 240 prisoners.",
                               "Israel released dozens of prisoners."]
                    expect: passed
              - id: dates-agree
                kind: event-dates-agree
                claim: event-dates
                examples:
                  - name: a changed year
                    articles:
                      - "Smith was elected mayor in 2010."
                      - "Smith was elected mayor in 2010."
                      - "Smith was elected mayor in 2011."
                    expect: failed
              - id: spelling
                kind: same-spelling
                claim: people
                examples:
                  - name: two spellings
                    articles:
                      - "Ismail Haniyeh arrived in Cairo."
                      - "Ismail Haniya arrived in Cairo."
                    expect: failed
                  - name: one spelling
                    articles: ["Ismail Haniyeh arrived in Cairo.", "Ismail Haniyeh arrived in Cairo."]
                    expect: passed
            """;
    private static final RuleSet RULE_SET = new RuleSetLoader().parse("facts.yaml", RULES);

    @Test
    void aFailedFactMarksTheMajorityAndTheOutlierBesideAFactThatAgrees() {
        List<AlignedFact> facts = facts("figures-agree", 0);

        assertThat(facts).extracting(AlignedFact::about).containsExactly(
                Map.of("claim", "figures", "head", "point", "verb", "score", "holder", "lawson"),
                Map.of("claim", "figures", "head", "rebound", "verb", "grab", "holder", "jones"));
        assertThat(facts).extracting(AlignedFact::status).containsExactly(Status.FAILED, Status.PASSED);
        assertThat(readings(facts.get(0))).containsExactly("example-1 22 MAJORITY", "example-2 22 MAJORITY",
                "example-3 21 OUTLIER");
        assertThat(readings(facts.get(1))).containsExactly("example-1 10 AGREES", "example-2 10 AGREES",
                "example-3 10 AGREES");
        assertThat(facts.get(0).alone(facts.get(0).readings().get(2))).isTrue();
        assertThat(facts.get(0).alone(facts.get(0).readings().get(0))).isFalse();
    }

    @Test
    void aFactOneArticleStatesIsNoRow() {
        List<AlignedFact> facts = facts("figures-agree", 1);

        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).about()).containsEntry("holder", "green");
        assertThat(readings(facts.get(0))).containsExactly("example-2 14 AGREES", "example-3 14 AGREES");
    }

    @Test
    void aTieMarksTheLaterSideAndAVagueAmountIsNotCompared() {
        assertThat(readings(facts("prisoners-agree", 0).get(0))).containsExactly("example-1 240 MAJORITY",
                "example-2 250 OUTLIER");
        assertThat(readings(facts("prisoners-agree", 1).get(0))).containsExactly("example-1 240 AGREES",
                "example-2 240 AGREES", "example-3 24 to 99 NOT_COMPARED");
    }

    @Test
    void anEventDateIsAboutItsEventAndHolder() {
        AlignedFact fact = facts("dates-agree", 0).get(0);

        assertThat(fact.about()).containsExactly(Map.entry("claim", "event-dates"), Map.entry("event", "elect"),
                Map.entry("holder", "smith"), Map.entry("role", "at"), Map.entry("tense", "past"));
        assertThat(readings(fact)).containsExactly("example-1 2010 MAJORITY", "example-2 2010 MAJORITY",
                "example-3 2011 OUTLIER");
    }

    @Test
    void aNameIsARowOnlyWhereItsSpellingsConflict() {
        AlignedFact fact = facts("spelling", 0).get(0);

        assertThat(fact.about()).containsExactly(Map.entry("claim", "people"), Map.entry("person", "Ismail Haniyeh"));
        assertThat(readings(fact)).containsExactly("example-1 Ismail Haniyeh MAJORITY", "example-2 Ismail Haniya OUTLIER");
        assertThat(facts("spelling", 1)).isEmpty();
    }

    private static List<AlignedFact> facts(String checkId, int example) {
        var check = RULE_SET.check(checkId).orElseThrow();
        List<CheckResult> results = new ExampleRunner(RULE_SET, TestLanguage.ENGLISH)
                .run(check, check.examples().get(example)).results();
        return new StoryReport(null, List.of(), results).alignment();
    }

    private static List<String> readings(AlignedFact fact) {
        return fact.readings().stream().map(r -> r.articleId() + " " + r.value() + " " + r.verdict()).toList();
    }
}
