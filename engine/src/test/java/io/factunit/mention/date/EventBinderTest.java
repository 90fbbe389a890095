package io.factunit.mention.date;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.language.TestLanguage;
import io.factunit.mention.TestArticles;
import io.factunit.mention.date.DateEvent.Role;
import io.factunit.mention.date.DateEvent.VerbTense;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event each date is bound to, through the date finder on sentences written for the test. */
class EventBinderTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2013, 5, 3);

    /** The event of the date written {@code date} in {@code text}. */
    private static DateEvent event(String text, String date) {
        List<DateMention> mentions = new DateFinder(TestLanguage.ENGLISH).find(TestArticles.analyzed(text, PUBLISHED));
        return mentions.stream().filter(m -> m.text().equals(date)).findFirst()
                .orElseThrow(() -> new AssertionError("no date \"" + date + "\" in " + mentions)).event();
    }

    private static DateEvent verb(String predicate, String particle, String object, String holder, Role role,
                                  VerbTense tense) {
        return new DateEvent(predicate, particle, object, holder, role, false, tense, false);
    }

    private static DateEvent noun(String predicate, String holder, Role role) {
        return new DateEvent(predicate, null, null, holder, role, true, null, false);
    }

    @Test
    void theVerbItsObjectAndItsSubject() {
        assertThat(event("Smith was elected to the Senate in 2010.", "2010"))
                .isEqualTo(verb("elect", "to", "senate", "smith", Role.AT, VerbTense.PAST));
        assertThat(event("Green hosted the awards in 2007.", "2007"))
                .isEqualTo(verb("host", null, "award", "green", Role.AT, VerbTense.PAST));
        assertThat(event("Police on Friday arrested a man.", "Friday"))
                .isEqualTo(verb("arrest", null, "man", "police", Role.AT, VerbTense.PAST));
        assertThat(event("In 2009, voters approved a bond.", "2009"))
                .isEqualTo(verb("approve", null, "bond", "voter", Role.AT, VerbTense.PAST));
        assertThat(event("His term ends in 2019.", "2019"))
                .isEqualTo(verb("end", null, null, "term", Role.AT, VerbTense.PRESENT));
    }

    @Test
    void aNegatedVerbIsAnEventOfItsOwn() {
        assertThat(event("Somalia has not had a government since 1991.", "1991").negated()).isTrue();
        assertThat(event("Somalia hasn't had a government since 1991.", "1991").negated()).isTrue();
        assertThat(event("Smith has never held office since 2010.", "2010").negated()).isTrue();
        assertThat(event("Somalia has had a government since 1991.", "1991").negated()).isFalse();
    }

    @Test
    void tenseFromThePrimaryAuxiliaryOrTheModal() {
        assertThat(event("Green has hosted the awards since 2007.", "2007").tense()).isEqualTo(VerbTense.PAST);
        assertThat(event("Green will host the awards in 2027.", "2027").tense()).isEqualTo(VerbTense.FUTURE);
        assertThat(event("Green is hosting the awards in 2027.", "2027").tense()).isEqualTo(VerbTense.PRESENT);
    }

    @Test
    void rolesFromThePrepositionBeforeTheDate() {
        assertThat(event("Jones served as mayor from 1967 to 1979.", "1967 to 1979"))
                .isEqualTo(verb("serve", "as", "mayor", "jones", Role.SPAN, VerbTense.PAST));
        assertThat(event("The river has flooded the town since 2010.", "2010"))
                .isEqualTo(verb("flood", null, "town", "river", Role.START, VerbTense.PAST));
        assertThat(event("Ministers must act by May 9.", "May 9"))
                .isEqualTo(verb("act", null, null, "minister", Role.BY, VerbTense.FUTURE));
    }

    @Test
    void holdersThroughRelativePronounsParticiplesAndPronouns() {
        assertThat(event("Brown, who was elected in 2004, resigned.", "2004"))
                .isEqualTo(verb("elect", null, null, "brown", Role.AT, VerbTense.PAST));
        assertThat(event("Born in 1928, the boxer became a gangster.", "1928"))
                .isEqualTo(verb("bear", null, null, "boxer", Role.AT, VerbTense.PAST));
        assertThat(event("She was born in 1950.", "1950"))
                .isEqualTo(verb("bear", null, null, null, Role.AT, VerbTense.PAST));
    }

    @Test
    void theTenseKeepsPlansApartFromWhatHappened() {
        assertThat(event("Green will host the awards next year.", "next year"))
                .isEqualTo(verb("host", null, "award", "green", Role.AT, VerbTense.FUTURE));
        assertThat(event("The country has not had a government since 1991.", "1991"))
                .isEqualTo(new DateEvent("have", null, "government", "country", Role.START, false, VerbTense.PAST,
                        true));
    }

    @Test
    void aDateOfAnotherEventInTheSentenceStaysWithThatEvent() {
        String text = "Smith was elected in 2010, two years after the crash on June 8, 2008.";
        assertThat(event(text, "2010")).isEqualTo(verb("elect", null, null, "smith", Role.AT, VerbTense.PAST));
        assertThat(event(text, "June 8, 2008")).isEqualTo(noun("crash", null, Role.AT));
        assertThat(event("Brown's March 2 hearing was postponed.", "March 2")).isEqualTo(noun("hearing", "brown",
                Role.AT));
    }

    @Test
    void datesThatNameNoEvent() {
        assertThat(event("Published: July 29, 2004", "July 29, 2004")).isNull();
        assertThat(event("The mayor said on Tuesday that taxes would rise.", "Tuesday")).isNull();
        assertThat(event("\"We can grow the economy today,\" the president said.", "today")).isNull();
        assertThat(event("The phones are shipping today.", "today")).isNull();
        // a statement's year is a fact of its own
        assertThat(event("The mayor said in 1998 that taxes would rise.", "1998"))
                .isEqualTo(verb("say", null, null, "mayor", Role.AT, VerbTense.PAST));
    }
}
