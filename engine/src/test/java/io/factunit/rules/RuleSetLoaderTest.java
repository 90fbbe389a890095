package io.factunit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetLoaderTest {
    private final RuleSetLoader loader = new RuleSetLoader();

    private static final String VALID = """
            claims:
              - id: prisoners-released
                title: Palestinian prisoners released
                mention: quantity
                head: [prisoner, detainee]
                verb: release
            checks:
              - id: prisoners-agree
                title: prisoner counts must match
                kind: agree
                claim: prisoners-released
                tolerance: {relative: 5%}
                examples:
                  - articles: ["Israel released 240 prisoners.", {text: "Israel released 250 prisoners.", published: 2024-01-02}]
                    expect: failed
            """;

    @Test
    void readsClaimsAndChecks() {
        RuleSet rules = loader.parse("news.yaml", VALID);

        ClaimDefinition claim = rules.claim("prisoners-released").orElseThrow();
        assertThat(claim.title()).isEqualTo("Palestinian prisoners released");
        assertThat(claim.mention()).isEqualTo(MentionKind.QUANTITY);
        assertThat(claim.heads()).containsExactly("prisoner", "detainee");
        assertThat(claim.verbs()).containsExactly("release");
        assertThat(claim.location()).isEqualTo(new Location("news.yaml", 2, 5));

        CheckDefinition check = rules.check("prisoners-agree").orElseThrow();
        assertThat(check.kind()).isEqualTo(CheckKind.AGREE);
        assertThat(check.severity()).isEqualTo(Severity.ERROR);
        assertThat(check.claims("claim")).containsExactly("prisoners-released");
        assertThat(check.tolerance()).isEqualTo(new Tolerance(0, 0.05, 0));
        assertThat(check.examples()).hasSize(1);
        assertThat(check.examples().get(0).articles()).extracting(RuleExample.Text::text)
                .containsExactly("Israel released 240 prisoners.", "Israel released 250 prisoners.");
        assertThat(check.examples().get(0).articles().get(1).published()).hasToString("2024-01-02");
    }

    @Test
    void unknownKeyNamesLineColumnAndTheExpectedKeys() {
        assertThatThrownBy(() -> loader.parse("r.yaml", VALID.replace("    verb: release", "    verbs: release")))
                .isInstanceOf(RuleException.class)
                .hasMessage("r.yaml:6:5: unknown key 'verbs' in a claim (expected one of: id, title, description,"
                        + " mention, head, bare, verb, context, unless, modifier, unless-modifier, pattern, range,"
                        + " qualifiers, align-by, open, event)");
    }

    @Test
    void bareAndUnlessModifierAreRead() {
        RuleSet rules = loader.parse("r.yaml", VALID.replace("    verb: release\n",
                "    verb: release\n    bare: true\n    unless-modifier: [other, more]\n"));
        ClaimDefinition claim = rules.claim("prisoners-released").orElseThrow();
        assertThat(claim.bare()).isTrue();
        assertThat(claim.unlessModifiers()).containsExactly("other", "more");
        assertThat(loader.parse("r.yaml", VALID).claim("prisoners-released").orElseThrow().bare()).isFalse();
    }

    @Test
    void bareNeedsAQuantityClaimWithAHead() {
        assertThatThrownBy(() -> loader.parse("r.yaml", "claims:\n  - {id: a, mention: date, bare: true}\n"))
                .hasMessage("r.yaml:2:34: bare applies to a quantity claim with a head: it lets a number with no"
                        + " counted noun stand for the heads");
        assertThatThrownBy(() -> loader.parse("r.yaml", "claims:\n  - id: a\n    mention: quantity\n    bare: true\n"))
                .hasMessage("r.yaml:4:11: bare applies to a quantity claim with a head: it lets a number with no"
                        + " counted noun stand for the heads");
        assertThatThrownBy(() -> loader.parse("r.yaml", VALID.replace("    verb: release\n", "    bare: yes please\n")))
                .hasMessage("r.yaml:6:11: 'bare' must be true or false, found 'yes please'");
    }

    @Test
    void unlessModifierNeedsAQuantityClaim() {
        assertThatThrownBy(() -> loader.parse("r.yaml", "claims:\n  - id: a\n    mention: duration\n"
                + "    unless-modifier: [other]\n"))
                .hasMessage("r.yaml:4:22: unless-modifier applies to quantity claims only: it names words that must"
                        + " not modify the count");
    }

    @Test
    void wrongTypeIsLocated() {
        assertThatThrownBy(() -> loader.parse("r.yaml", "claims:\n  id: x\n"))
                .hasMessage("r.yaml:2:3: 'claims' must be a list, found a mapping");
        assertThatThrownBy(() -> loader.parse("r.yaml", VALID.replace("title: prisoner counts must match", "title: [a, b]")))
                .hasMessage("r.yaml:9:12: 'title' must be text, found a list");
    }

    @Test
    void unknownClaimReferencedByACheck() {
        assertThatThrownBy(() -> loader.parse("r.yaml", VALID.replace("claim: prisoners-released", "claim: prisoner-released")))
                .hasMessage("r.yaml:8:5: check 'prisoners-agree' names unknown claim 'prisoner-released' as claim"
                        + " (known claims: prisoners-released)");
    }

    @Test
    void namesOfPlacesAndOrganisationsAreReadInFileOrderAcrossFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), VALID + "names:\n  places: [Khan Yunis, Rafah]\n");
        Files.writeString(dir.resolve("b.yaml"), "names:\n  places: Jabalia\n  organisations: [Hamas]\n");
        RuleSet rules = loader.load(List.of(dir));
        assertThat(rules.names().places()).containsExactly("Khan Yunis", "Rafah", "Jabalia");
        assertThat(rules.names().organisations()).containsExactly("Hamas");
        assertThat(rules.names().all()).containsExactly("Khan Yunis", "Rafah", "Jabalia", "Hamas");
        assertThat(loader.parse("r.yaml", VALID).names()).isEqualTo(Names.NONE);
        assertThatThrownBy(() -> loader.parse("r.yaml", "names:\n  towns: [Rafah]\n"))
                .hasMessage("r.yaml:2:3: unknown key 'towns' in the names (expected one of: places, organisations)");
    }

    @Test
    void duplicateIdAcrossFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), VALID);
        Files.writeString(dir.resolve("b.yaml"), "claims:\n  - id: prisoners-released\n    mention: quantity\n");
        assertThatThrownBy(() -> loader.load(List.of(dir)))
                .hasMessage(dir.resolve("b.yaml") + ":2:5: duplicate id 'prisoners-released' (first defined at "
                        + dir.resolve("a.yaml") + ":2:5)");
    }

    @Test
    void duplicateKeyIsRefused() {
        assertThatThrownBy(() -> loader.parse("r.yaml", "claims:\n  - id: a\n    id: b\n    mention: date\n"))
                .hasMessage("r.yaml:3:5: duplicate key 'id' (first at 2:5)");
    }

    @Test
    void badRegexIsExplained() {
        String yaml = "claims:\n  - id: a\n    mention: quantity\n    pattern: \"(prison\"\n";
        assertThatThrownBy(() -> loader.parse("r.yaml", yaml))
                .hasMessage("r.yaml:4:14: bad regular expression: Unclosed group near index 7 of '(prison'");
    }

    @Test
    void unknownCheckKindListsTheKinds() {
        assertThatThrownBy(() -> loader.parse("r.yaml", VALID.replace("kind: agree", "kind: agrees")))
                .hasMessage("r.yaml:10:11: unknown kind 'agrees' (expected one of: agree, not-decreasing, at-most,"
                        + " sum, weekday-matches-date, duration-matches-range, date-order, same-spelling, same-title,"
                        + " same-quote, event-dates-agree, quote-wording)");
    }

    @Test
    void checkNeedingAnotherMentionKind() {
        String yaml = "claims:\n  - id: d\n    mention: date\nchecks:\n  - id: c\n    kind: same-spelling\n    claim: d\n";
        assertThatThrownBy(() -> loader.parse("r.yaml", yaml))
                .hasMessage("r.yaml:5:5: check 'c' (same-spelling) needs a person claim as claim, but 'd' is a date claim");
    }

    @Test
    void tabIndentationIsNamed() {
        assertThatThrownBy(() -> loader.parse("r.yaml", "claims:\n\t- id: a\n"))
                .hasMessage("r.yaml:2:1: tab character used for indentation; YAML indents with spaces");
    }

    @Test
    void syntaxErrorsAreLocatedAndSayWhatWasBeingRead() {
        assertThatThrownBy(() -> loader.parse("r.yaml", "claims:\n  - id: 'open\n"))
                .hasMessage("r.yaml:3:1: invalid YAML: found unexpected end of stream (while scanning a quoted scalar)");
    }

    @Test
    void aSecondDocumentIsRefusedRatherThanIgnored() {
        // "---" between claims and checks once dropped every check after it without a word
        assertThatThrownBy(() -> loader.parse("r.yaml", "claims: []\n---\nchecks: []\n"))
                .hasMessage("r.yaml:3:1: more than one YAML document; expected one");
    }

    @Test
    void anEmptyFileHasNoRulesAndANullValueIsAbsent() {
        assertThat(loader.parse("r.yaml", "# nothing yet\n").checks()).isEmpty();
        RuleSet rules = loader.parse("r.yaml", "claims:\n  - id: a\n    mention: date\n    title: ~\nchecks: ~\n");
        assertThat(rules.claim("a").orElseThrow().title()).isEqualTo("a");
        assertThatThrownBy(() -> loader.parse("r.yaml", "claims:\n  - id: ~\n    mention: date\n"))
                .hasMessage("r.yaml:2:9: 'id' is empty");
    }

    @Test
    void aliasBombIsRefused() {
        assertThatThrownBy(() -> loader.parse("bomb.yaml", io.factunit.BadInputs.aliasBomb()))
                .hasMessage("bomb.yaml:2:8: YAML aliases (*a) are not allowed in rule files");
    }

    @Test
    void hugeDocumentIsRefusedBeforeParsing() {
        String huge = "claims: []\n" + "#".repeat(10 * 1024 * 1024);
        assertThatThrownBy(() -> loader.parse("huge.yaml", huge))
                .hasMessage("huge.yaml: file is 10485771 characters; rule files are limited to 1000000");
    }

    @Test
    void missingFileAndEmptyFolder(@TempDir Path dir) {
        assertThatThrownBy(() -> loader.load(List.of(dir.resolve("nope.yaml"))))
                .hasMessage(dir.resolve("nope.yaml") + ": rule file not found");
        assertThatThrownBy(() -> loader.load(List.of(dir)))
                .hasMessage(dir + ": no *.yaml rule files in folder");
    }

    private static final String EVENT_DATES = """
            claims:
              - id: event-dates
                mention: date
                event: true
            checks:
              - id: event-dates-agree
                kind: event-dates-agree
                claim: event-dates
                weak-alignment: info
            """;

    @Test
    void readsOpenDateClaimsAndTheirCheck() {
        RuleSet rules = loader.parse("r.yaml", EVENT_DATES);
        assertThat(rules.claim("event-dates").orElseThrow().event()).isTrue();
        CheckDefinition check = rules.check("event-dates-agree").orElseThrow();
        assertThat(check.severity()).isEqualTo(Severity.ERROR);
        assertThat(check.weakAlignment()).isEqualTo(Severity.INFO);
        assertThat(loader.parse("r.yaml", EVENT_DATES.replace("    weak-alignment: info\n", "")).checks().get(0)
                .weakAlignment()).isEqualTo(Severity.WARNING);
        assertThat(loader.parse("r.yaml", EVENT_DATES.replace("info", "off")).checks().get(0).weakAlignment()).isNull();
    }

    @Test
    void openDateOptionsAreRefusedWhereTheyDoNotApply() {
        assertThatThrownBy(() -> loader.parse("r.yaml", EVENT_DATES.replace("mention: date", "mention: quantity")))
                .hasMessage("r.yaml:4:5: 'event' applies to date claims only, not to a quantity claim");
        assertThatThrownBy(() -> loader.parse("r.yaml", EVENT_DATES.replace("kind: event-dates-agree", "kind: agree")))
                .hasMessage("r.yaml:9:5: 'weak-alignment' applies to event-dates-agree checks only, not to a 'agree'"
                        + " check");
        assertThatThrownBy(() -> loader.parse("r.yaml", EVENT_DATES.replace("info", "loud")))
                .hasMessage("r.yaml:9:21: 'weak-alignment' must be error, warning, info or off, found 'loud'");
        assertThatThrownBy(() -> loader.parse("r.yaml", EVENT_DATES.replace("    event: true\n", "")))
                .hasMessage("r.yaml:5:5: check 'event-dates-agree' (event-dates-agree) compares dates bound to events,"
                        + " but claim 'event-dates' has no 'event: true'");
    }
}
