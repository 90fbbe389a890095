package io.factunit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.article.Article;
import io.factunit.article.LineMap;
import io.factunit.article.Story;
import io.factunit.check.FactChecker;
import io.factunit.check.StageTimer;
import io.factunit.language.TestLanguage;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Open figure claims: which quantities they take, and what they are aligned by. */
class FigureClaimsTest {
    private static final String RULES = """
            claims:
              - id: killed
                mention: quantity
                head: [people]
                verb: [kill]
                unless: [injure]
              - id: women-released
                mention: quantity
                head: [woman]
                context: [release]
              - id: figures
                mention: quantity
                open: true
                unless: [another]
                qualifiers: [head, event]
                align-by: [verb, holder, published]
              - id: ages
                mention: quantity
                head: [year-old]
                align-by: [person]
            """;
    private static final RuleSet RULE_SET = new RuleSetLoader().parse("figures.yaml", RULES);

    private static List<Claim> claims(LocalDate published, String... texts) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            LineMap lines = new LineMap(texts[i]);
            articles.add(new Article("a" + i, Path.of("a" + i + ".txt"), texts[i], null, null, null, published,
                    published == null ? Article.DateOrigin.UNKNOWN : Article.DateOrigin.METADATA, List.of(),
                    lines::position));
        }
        return FactChecker.builder(RULE_SET).language(TestLanguage.ENGLISH).build()
                .check(new Story("s", Path.of("s"), null, articles), StageTimer.NONE).claims();
    }

    private static Claim only(List<Claim> claims, String kind) {
        List<Claim> ofKind = claims.stream().filter(c -> c.kind().equals(kind)).toList();
        assertThat(ofKind).hasSize(1);
        return ofKind.get(0);
    }

    @Test
    void aFigureIsAlignedByWhatItCountsAndWhatHappenedToItAndWhose() {
        Claim claim = only(claims(LocalDate.of(2024, 3, 1), "The Senate passed the bill 219-212."), "figures");
        assertThat(claim.qualifier()).isEqualTo("head=tally, event=none");
        assertThat(claim.alignment().by()).containsExactly(java.util.Map.entry("verb", "pass"),
                java.util.Map.entry("holder", "senate"), java.util.Map.entry("published", "2024-03-01"));
        assertThat(claim.knows("head")).isTrue();
        assertThat(claim.knows("holder")).isTrue();
        assertThat(claim.knows("event")).isFalse();
        assertThat(claim.alignment().words()).containsExactly("bill", "pass", "senate");
    }

    @Test
    void anUnknownPublicationDateIsUnsaid() {
        Claim claim = only(claims(null, "The Senate passed the bill 219-212."), "figures");
        assertThat(claim.alignment().by().get("published")).isNull();
        assertThat(claim.knows("published")).isFalse();
    }

    @Test
    void aNamedClaimTakesItsFigureAndTheOpenClaimDoesNot() {
        List<Claim> claims = claims(null, "The storm killed 12 people and destroyed 40 homes.");
        assertThat(claims).filteredOn(c -> c.kind().equals("killed")).extracting(Claim::text).containsExactly("12");
        assertThat(claims).filteredOn(c -> c.kind().equals("figures")).extracting(Claim::text).containsExactly("40");
    }

    @Test
    void whatANamedClaimTurnsDownIsNotAnOpenFigureEither() {
        // "killed" names people killed but leaves out sentences about the injured: so does the open claim for
        // the 12 killed; the 30 injured (people, from the first count) are no figure "killed" names, so open
        List<Claim> claims = claims(null, "The storm killed 12 people and injured 30.");
        assertThat(claims).filteredOn(c -> c.kind().equals("killed")).isEmpty();
        assertThat(claims).filteredOn(c -> c.kind().equals("figures")).extracting(Claim::text)
                .containsExactly("30");
    }

    @Test
    void aNamedClaimWhoseContextTheSentenceLacksSpeaksForNoneOfItsFigures() {
        assertThat(claims(null, "Police said two women were shot.")).extracting(c -> c.kind() + " " + c.text())
                .containsExactly("figures two");
        assertThat(claims(null, "Israel released two women.")).extracting(c -> c.kind() + " " + c.text())
                .containsExactly("women-released two");
    }

    @Test
    void anOpenFigureCountsSomethingAndIsNoVaguePluralOrPartialCount() {
        assertThat(claims(null, "He scored 22 and thousands of fans cheered.")).filteredOn(c -> c.kind().equals("figures"))
                .isEmpty();
        assertThat(claims(null, "Another 40 homes burned.")).filteredOn(c -> c.kind().equals("figures")).isEmpty();
    }

    @Test
    void theYearOfAnotherEventNamedInTheSentence() {
        assertThat(only(claims(null, "The 2004 tsunami destroyed 40,000 homes."), "figures").qualifier())
                .isEqualTo("head=home, event=2004");
        assertThat(only(claims(LocalDate.of(2009, 1, 5), "Last year's fire destroyed 40 homes."), "figures")
                .qualifier()).isEqualTo("head=home, event=2008");
        assertThat(only(claims(null, "Last year's fire destroyed 40 homes."), "figures").qualifier())
                .isEqualTo("head=home, event=last year");
        assertThat(only(claims(LocalDate.of(2005, 11, 28), "In February, a quake destroyed 612 homes."), "figures")
                .qualifier()).isEqualTo("head=home, event=2005-02");
    }

    @Test
    void aLaterDateOfAnotherClauseIsThatClausesEvent() {
        assertThat(only(claims(null, "Nichols was sentenced to seven life terms for the crimes he committed on March 11,"
                + " 2005."), "figures").qualifier()).isEqualTo("head=term, event=none");
        assertThat(only(claims(null, "The tsunami destroyed 40,000 homes in 2004."), "figures").qualifier())
                .isEqualTo("head=home, event=2004");
    }

    @Test
    void theStorysOwnDayIsNoOtherEvent() {
        assertThat(only(claims(LocalDate.of(2009, 1, 5), "On Sunday the fire destroyed 40 homes."), "figures")
                .qualifier()).isEqualTo("head=home, event=none");
    }

    @Test
    void anAgeIsHeldByThePersonNamedInFull() {
        assertThat(agePeople("Gary Gomes, 35, was arrested. His mother, Catherine Gomes, 61, was found dead."))
                .containsExactly("35 gary gomes", "61 catherine gomes");
    }

    private static List<String> agePeople(String text) {
        return claims(null, text).stream().filter(c -> c.kind().equals("ages"))
                .map(c -> c.text() + " " + c.alignment().by().get("person")).toList();
    }

    @Test
    void anAgeOfASurnameTheFinderDidNotReadIsHeldByThatName() {
        assertThat(agePeople("Riva, 47, of Sterling Heights was treated at a hospital."))
                .containsExactly("47 riva");
        assertThat(agePeople("Mark Felt Dead at 95")).containsExactly("95 felt");
    }

    @Test
    void aSurnameTheTaggerTakesForAnAdjectiveStillHoldsItsAge() {
        assertThat(agePeople("Vishwanand Subryan, 23, was charged with vehicular manslaughter, police said."))
                .containsExactly("23 vishwanand subryan");
    }

    @Test
    void aPronounStandsForTheNameThePreviousSentenceOpensWith() {
        assertThat(agePeople("Felt died at his home in Santa Rosa. He was 95.")).containsExactly("95 felt");
        assertThat(agePeople("Vincent \"The Chin\" Gigante, the powerful mob boss, died Monday in prison. He was 77."))
                .containsExactly("77 gigante");
        // the name the sentence opens with, over another the finder read further on
        assertThat(agePeople("Mark Felt, the FBI official who helped Carl Bernstein, died on Thursday. He was 95."))
                .containsExactly("95 felt");
    }

    @Test
    void aNounOrASentenceThatOpensOtherwiseNamesNoPerson() {
        assertThat(agePeople("The girl, 10, was hurt.")).containsExactly("10 null");
        assertThat(agePeople("Police said the boy died on Monday. He was 12.")).containsExactly("12 null");
    }

    @Test
    void theAgeOfANounIsAnAgeNotAValueOfTheNoun() {
        // an age, though the sentence ties it to nobody by its words
        assertThat(agePeople("Esther Williams died on Thursday at the age of 91, her spokesman said."))
                .containsExactly("91 null");
    }
}
