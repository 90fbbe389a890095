package io.factunit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Open claims, align-by qualifiers and alignment steps: read as written, refused with line and column. */
class FigureRulesTest {
    private final RuleSetLoader loader = new RuleSetLoader();

    private static final String VALID = """
            claims:
              - id: figures
                mention: quantity
                open: true
                qualifiers: [head, event]
                align-by: [verb, holder, published]
            checks:
              - id: figures-agree
                kind: agree
                claim: figures
                alignment:
                  - {known: [head, verb, holder], shared-words: 25%, severity: error}
                  - {known: [head], shared-words: 0.55, severity: warning}
            """;

    @Test
    void readsAnOpenClaimAndItsAlignment() {
        RuleSet rules = loader.parse("figures.yaml", VALID);
        ClaimDefinition claim = rules.claim("figures").orElseThrow();
        assertThat(claim.open()).isTrue();
        assertThat(claim.qualifiers()).containsExactly("head", "event");
        assertThat(claim.alignBy()).containsExactly("verb", "holder", "published");
        CheckDefinition check = rules.check("figures-agree").orElseThrow();
        assertThat(check.alignment()).containsExactly(
                new CheckDefinition.Alignment(List.of("head", "verb", "holder"), 0.25, Severity.ERROR,
                        new Location("figures.yaml", 12, 9)),
                new CheckDefinition.Alignment(List.of("head"), 0.55, Severity.WARNING,
                        new Location("figures.yaml", 13, 9)));
    }

    @Test
    void aClaimWithoutTheNewKeysIsNamedAndAlignedByNothing() {
        ClaimDefinition claim = loader.parse("r.yaml", "claims:\n  - {id: a, mention: quantity}\n").claim("a")
                .orElseThrow();
        assertThat(claim.open()).isFalse();
        assertThat(claim.alignBy()).isEmpty();
    }

    @Test
    void onlyQuantitiesAreOpen() {
        assertThatThrownBy(() -> loader.parse("r.yaml", "claims:\n  - {id: a, mention: date, open: true}\n"))
                .isInstanceOf(RuleException.class)
                .hasMessage("r.yaml:2:34: 'open' applies to quantity claims only, not to a date claim");
    }

    @Test
    void whatOnlyAQuantityHasIsNoQualifierOfADate() {
        assertThatThrownBy(() -> loader.parse("r.yaml", "claims:\n  - {id: a, mention: date, align-by: [holder]}\n"))
                .isInstanceOf(RuleException.class)
                .hasMessage("r.yaml:2:38: qualifier 'holder' applies to quantity claims only, not to a date claim");
    }

    @Test
    void anUnknownOrTwiceNamedQualifierIsRefused() {
        assertThatThrownBy(() -> loader.parse("r.yaml", VALID.replace("[verb, holder, published]", "[verb, owner]")))
                .isInstanceOf(RuleException.class)
                .hasMessage("r.yaml:6:15: unknown qualifier 'owner' (expected one of: time-anchor, subject,"
                        + " published, published-year, head, verb, holder, person, event)");
        assertThatThrownBy(() -> loader.parse("r.yaml", VALID.replace("[verb, holder, published]", "[verb, head]")))
                .isInstanceOf(RuleException.class)
                .hasMessage("r.yaml:6:15: qualifier 'head' is under both 'qualifiers' and 'align-by'; name it once");
    }

    @Test
    void alignmentStepsAreForAgreeAndNotDecreasingChecks() {
        String atMost = VALID.replace("kind: agree\n    claim: figures", "kind: at-most\n    part: figures\n"
                + "    whole: figures");
        assertThatThrownBy(() -> loader.parse("r.yaml", atMost))
                .isInstanceOf(RuleException.class)
                .hasMessage("r.yaml:12:5: 'alignment' applies to agree and not-decreasing checks only, not to a"
                        + " 'at-most' check");
    }

    @Test
    void aStepNamesWhatItsClaimsKeep() {
        assertThatThrownBy(() -> loader.parse("r.yaml", VALID.replace("known: [head], shared", "known: [subject], shared")))
                .isInstanceOf(RuleException.class)
                .hasMessage("r.yaml:13:9: check 'figures-agree' aligns by 'subject', which claim 'figures' does not"
                        + " keep (it keeps: head, event, verb, holder, published)");
    }

    @Test
    void aStepNeedsQualifiersAndASeverityAndAShareOfWordsUpToAll() {
        assertThatThrownBy(() -> loader.parse("r.yaml", VALID.replace("{known: [head], shared-words: 0.55, ",
                "{shared-words: 0.55, ")))
                .isInstanceOf(RuleException.class)
                .hasMessage("r.yaml:13:9: an alignment step needs 'known': the qualifiers its groups share with a"
                        + " value");
        assertThatThrownBy(() -> loader.parse("r.yaml", VALID.replace(", severity: warning}", "}")))
                .isInstanceOf(RuleException.class)
                .hasMessageStartingWith("r.yaml:13:9: ");
        assertThatThrownBy(() -> loader.parse("r.yaml", VALID.replace("shared-words: 0.55", "shared-words: 120%")))
                .isInstanceOf(RuleException.class)
                .hasMessage("r.yaml:13:39: 'shared-words' is a share of the sentences' words, from 0 to 1 (or 0% to"
                        + " 100%), found 120%");
    }
}
