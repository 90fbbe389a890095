package io.factunit.mention.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.factunit.mention.quantity.Quantity.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityFinderTest {
    private static List<QuantityMention> find(String text) {
        return FoundQuantities.in(text);
    }

    private static QuantityMention only(String text) {
        return FoundQuantities.only(text);
    }

    // ---- bounds ----

    @Test
    void nearlyIsJustUnderTheNumber() {
        QuantityMention m = only("Israeli attacks have killed nearly 20,000 people.");
        assertThat(m.text()).isEqualTo("nearly 20,000");
        assertThat(m.value()).isEqualTo(
                new Quantity(18_000, Math.nextDown(20_000.0), 20_000, Precision.JUST_UNDER));
        assertThat(m.value().overlaps(Quantity.exact(20_000))).isFalse();
        assertThat(m.value().overlaps(Quantity.exact(19_500))).isTrue();
        assertThat(m.head()).isEqualTo("people");
        assertThat(m.verb()).isEqualTo("kill");
    }

    @Test
    void aroundIsTenPercentEitherSide() {
        QuantityMention m = only("The attack killed around 1,200 and sparked a war.");
        assertThat(m.text()).isEqualTo("around 1,200");
        assertThat(m.value().precision()).isEqualTo(Precision.APPROXIMATE);
        assertThat(m.value().low()).isCloseTo(1_080, offset(1e-9));
        assertThat(m.value().high()).isCloseTo(1_320, offset(1e-9));
        assertThat(m.value().nominal()).isEqualTo(1_200);
        assertThat(m.head()).isNull();
        assertThat(m.verb()).isEqualTo("kill");
    }

    @Test
    void openBounds() {
        List<QuantityMention> found = find("More than 100 people fled, at least 50 children died, fewer than 30 "
                + "doctors stayed and up to 5,000 others left.");
        assertThat(found).extracting(QuantityMention::text)
                .containsExactly("More than 100", "at least 50", "fewer than 30", "up to 5,000");
        assertThat(found).extracting(QuantityMention::value).containsExactly(
                new Quantity(Math.nextUp(100.0), Double.POSITIVE_INFINITY, 100, Precision.MORE_THAN),
                new Quantity(50, Double.POSITIVE_INFINITY, 50, Precision.AT_LEAST),
                new Quantity(0, Math.nextDown(30.0), 30, Precision.LESS_THAN),
                new Quantity(0, 5_000, 5_000, Precision.AT_MOST));
        // "others" after another verb are the rest, with no noun of their own
        assertThat(found).extracting(QuantityMention::head).containsExactly("people", "child", "doctor", null);
        assertThat(found).extracting(QuantityMention::verb).containsExactly("flee", "die", "stay", "leave");
    }

    @Test
    void aTotalOfIsExactAndPartOfTheSpan() {
        QuantityMention m = only("Hamas took a total of 240 Israeli captives in the assault.");
        assertThat(m.text()).isEqualTo("a total of 240");
        assertThat(m.value()).isEqualTo(Quantity.exact(240));
        assertThat(m.head()).isEqualTo("captive");
        assertThat(m.modifiers()).containsExactly("israeli");
        assertThat(m.verb()).isEqualTo("take");
    }

    @Test
    void andOthersMakesTheNumberALowerBound() {
        QuantityMention m = only("Hamas returned 100 Israelis and others taken captive during its attacks.");
        assertThat(m.text()).isEqualTo("100 Israelis and others");
        assertThat(m.value()).isEqualTo(new Quantity(100, Double.POSITIVE_INFINITY, 100, Precision.AT_LEAST));
        assertThat(m.head()).isEqualTo("israeli");
        assertThat(m.alsoCounts()).isEmpty();
        assertThat(m.verb()).isEqualTo("return");
    }

    @Test
    void trailingBoundsDirectlyAfterTheNumber() {
        List<QuantityMention> found = find("Officials counted 100 or more bodies and some 200 wounded.");
        assertThat(found).extracting(QuantityMention::text).containsExactly("100 or more", "some 200");
        assertThat(found.get(0).value().precision()).isEqualTo(Precision.AT_LEAST);
        assertThat(found.get(0).head()).isEqualTo("body");
        assertThat(found.get(1).value().precision()).isEqualTo(Precision.APPROXIMATE);
        assertThat(found.get(1).head()).isEqualTo("wounded");
    }

    // ---- ranges and vague plurals ----

    @Test
    void rangesWithDashToAndBetween() {
        List<QuantityMention> found = find("Such a group would number 30-40 captives. Between 30 and 40 people "
                + "and 1.5-2 million residents were affected.");
        assertThat(found).extracting(QuantityMention::text)
                .containsExactly("30-40", "Between 30 and 40", "1.5-2 million");
        assertThat(found).extracting(QuantityMention::value).containsExactly(
                new Quantity(30, 40, 30, Precision.RANGE), new Quantity(30, 40, 30, Precision.RANGE),
                new Quantity(1_500_000, 2_000_000, 1_500_000, Precision.RANGE));
        assertThat(found.get(0).head()).isEqualTo("captive");
        assertThat(found.get(0).verb()).isEqualTo("number");
    }

    @Test
    void fromToIsAChangeNotARange() {
        List<QuantityMention> found = find("The toll rose from 5,000 to 10,000 people.");
        assertThat(found).extracting(QuantityMention::value)
                .containsExactly(Quantity.exact(5_000), Quantity.exact(10_000));
    }

    @Test
    void vaguePluralsCountTheNounAfterOf() {
        List<QuantityMention> found = find("The war left thousands of Palestinians killed and tens of thousands "
                + "injured.");
        assertThat(found).hasSize(2);
        assertThat(found.get(0).text()).isEqualTo("thousands");
        assertThat(found.get(0).value()).isEqualTo(new Quantity(2_000, 9_999, 2_000, Precision.VAGUE));
        assertThat(found.get(0).head()).isEqualTo("palestinian");
        assertThat(found.get(1).text()).isEqualTo("tens of thousands");
        assertThat(found.get(1).value()).isEqualTo(new Quantity(20_000, 99_999, 20_000, Precision.VAGUE));
        assertThat(found.get(1).head()).isEqualTo("injured");
        assertThat(found.get(1).verb()).isEqualTo("injure");
    }

    @Test
    void numberWords() {
        List<QuantityMention> found = find("Twenty-five soldiers, one hundred five hostages and a dozen trucks "
                + "crossed.");
        assertThat(found).extracting(QuantityMention::text)
                .containsExactly("Twenty-five", "one hundred five", "a dozen");
        assertThat(found).extracting(m -> m.value().nominal()).containsExactly(25.0, 105.0, 12.0);
        assertThat(found).extracting(QuantityMention::head).containsExactly("soldier", "hostage", "truck");
    }

    // ---- what is counted ----

    @Test
    void headSkipsAdjectivesAndCompounds() {
        List<QuantityMention> found = find("Israel released 240 Palestinian prisoners and let 300 aid trucks in.");
        assertThat(found).extracting(QuantityMention::head).containsExactly("prisoner", "truck");
        assertThat(found).extracting(QuantityMention::modifiers)
                .containsExactly(List.of("palestinian"), List.of("aid"));
        assertThat(found).extracting(QuantityMention::verb).containsExactly("release", "let");
    }

    @Test
    void coordinatedNounsAreCountedToo() {
        QuantityMention m = only("They were exchanged for 240 Palestinian women and minors from Israeli prisons.");
        assertThat(m.head()).isEqualTo("woman");
        assertThat(m.modifiers()).containsExactly("palestinian");
        assertThat(m.alsoCounts()).containsExactly("minor");
        assertThat(m.counts("minor")).isTrue();
        assertThat(m.counts("prison")).isFalse();
    }

    @Test
    void aNewClauseAfterTheHeadIsNotCoordinated() {
        QuantityMention m = only("Israel released 240 Palestinian prisoners and Hamas returned the hostages.");
        assertThat(m.head()).isEqualTo("prisoner");
        assertThat(m.alsoCounts()).isEmpty();
    }

    @Test
    void aPluralHeadEndsTheNounPhrase() {
        QuantityMention m = only("Pressure is mounting to bring home the 129 captives Hamas still holds.");
        assertThat(m.head()).isEqualTo("captive");
        assertThat(m.verb()).isEqualTo("bring");
    }

    @Test
    void aParticipleWithoutNounIsTheHead() {
        QuantityMention m = only("The attacks left 1.9 million displaced and in need of aid.");
        assertThat(m.text()).isEqualTo("1.9 million");
        assertThat(m.value()).isEqualTo(Quantity.exact(1_900_000));
        assertThat(m.head()).isEqualTo("displaced");
        assertThat(m.verb()).isEqualTo("leave");
    }

    @Test
    void currencyAndPercentNameTheUnit() {
        List<QuantityMention> found = find("The fund paid $4.5m and 3bn euros, up 20% on last year.");
        assertThat(found).extracting(QuantityMention::text).containsExactly("$4.5m", "3bn", "20");
        assertThat(found).extracting(m -> m.value().nominal()).containsExactly(4_500_000.0, 3e9, 20.0);
        assertThat(found).extracting(QuantityMention::head).containsExactly("dollar", "euro", "percent");
    }

    @Test
    void hyphenCompoundsCountTheirUnitAndAgesAreKept() {
        List<QuantityMention> found = find("The three-stage plan was agreed, and a 51-year-old man was freed.");
        assertThat(found).extracting(QuantityMention::text).containsExactly("three-stage", "51-year-old");
        assertThat(found).extracting(m -> m.value().nominal()).containsExactly(3.0, 51.0);
        assertThat(found).extracting(QuantityMention::head).containsExactly("stage", "year-old");
    }

    @Test
    void aDecimalJoinedToItsUnitByAHyphenCountsTheUnit() {
        List<QuantityMention> found = find("A powerful 6.1-magnitude earthquake struck, and the phone has a 3.2-megapixel camera.");
        assertThat(found).extracting(QuantityMention::text).containsExactly("6.1-magnitude", "3.2-megapixel");
        assertThat(found).extracting(m -> m.value().nominal()).containsExactly(6.1, 3.2);
        assertThat(found).extracting(QuantityMention::head).containsExactly("magnitude", "megapixel");
        assertThat(find("Echenique scored two traditional three-point plays.")).extracting(QuantityMention::head)
                .doesNotContain("point");
    }

    @Test
    void aNumberThatEndsANameIsNoQuantity() {
        assertThat(find("The BlackBerry Curve 8900 features a camera."))
                .isEmpty();
        // a headline's count, a month's day and a count after a verb stay
        assertThat(find("Gunman Kills 3 At School")).extracting(QuantityMention::text).containsExactly("3");
        assertThat(find("Israel released 240 prisoners on June 17, 2024.")).extracting(QuantityMention::text)
                .containsExactly("240");
    }

    // ---- governing verb ----

    @Test
    void includingInheritsTheVerbOfTheQuantityItElaborates() {
        List<QuantityMention> found = find("The attacks have killed nearly 20,000 people, including 7,729 "
                + "children, and left 1.9 million displaced.");
        assertThat(found).extracting(QuantityMention::head).containsExactly("people", "child", "displaced");
        assertThat(found).extracting(QuantityMention::verb).containsExactly("kill", "kill", "leave");
    }

    @Test
    void eventNounsStandInForTheirVerb() {
        List<QuantityMention> found = find("The release of 105 hostages came in exchange for 240 Palestinian "
                + "women and minors.");
        assertThat(found).extracting(QuantityMention::head).containsExactly("hostage", "woman");
        assertThat(found).extracting(QuantityMention::verb).containsExactly("release", "exchange");
    }

    @Test
    void aPrepositionalPhraseHasNoVerbOfItsOwn() {
        QuantityMention m = only("President Herzog told ambassadors from 80 countries that Israel is ready.");
        assertThat(m.head()).isEqualTo("country");
        assertThat(m.verb()).isNull();
    }

    @Test
    void verbAfterTheCountedNoun() {
        List<QuantityMention> found = find("20 people were killed. Thousands of Palestinians fled south.");
        assertThat(found).extracting(QuantityMention::verb).containsExactly("kill", "flee");
    }

    @Test
    void aReportingVerbGivesWayToTheReportedClause() {
        QuantityMention m = only("Israel says 1,200 people were killed in the attack.");
        assertThat(m.verb()).isEqualTo("kill");
    }

    @Test
    void aBareYearLikeNumberIsACountWhenBoundedBeforeANoun() {
        QuantityMention m = only("More than 2000 people were evacuated in 2023.");
        assertThat(m.text()).isEqualTo("More than 2000");
        assertThat(m.value().nominal()).isEqualTo(2000);
        assertThat(m.head()).isEqualTo("people");
    }

    // ---- casualty phrasings (docs/rules.md, "How counts of people are read") ----

    @Test
    void aNumberWithNoNounLooksForItsVerbOnTheRight() {
        QuantityMention m = only("Twelve were killed in the blast.");
        assertThat(m.head()).isNull();
        assertThat(m.verb()).isEqualTo("kill");
    }

    @Test
    void aCoordinatedClauseCountsWhatTheCountBeforeItCounts() {
        List<QuantityMention> found = find("The fire killed 12 Palestinian civilians and injured 30.");
        assertThat(found).extracting(QuantityMention::head).containsExactly("civilian", "civilian");
        assertThat(found).extracting(QuantityMention::modifiers)
                .containsExactly(List.of("palestinian"), List.of("palestinian"));
        assertThat(found).extracting(QuantityMention::verb).containsExactly("kill", "injure");
    }

    @Test
    void othersAfterAnotherVerbAreTheRestButWithTheSameVerbAreMoreOfThem() {
        assertThat(find("Gunmen killed 12 people and wounded 30 others.")).extracting(QuantityMention::head)
                .containsExactly("people", null);
        assertThat(find("Gunmen killed 12 and wounded 30 others.")).extracting(QuantityMention::head)
                .containsExactly(null, null);
        List<QuantityMention> more = find("Twelve people died in the fire and three others died in hospital.");
        assertThat(more).extracting(QuantityMention::head).containsExactly("people", "other");
        assertThat(more).extracting(QuantityMention::verb).containsExactly("die", "die");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The death toll rose to 12.",
            "The death toll from the quake stands at 12.",
            "The quake has a death toll of 12.",
            "Officials said the death toll had climbed to 12 on Tuesday.",
            "The strike pushed the death toll above 12.",
    })
    void aNumberMeasuresTheNounPhraseItIsTheValueOf(String text) {
        QuantityMention m = only(text);
        assertThat(m.head()).isEqualTo("toll");
        assertThat(m.modifiers()).containsExactly("death");
    }

    @Test
    void theObjectOfAVerbIsAParticipantNotAValue() {
        assertThat(only("The attack killed 12.").head()).isNull();
        QuantityMention age = only("Esther Williams dies at 91.");
        assertThat(age.head()).isEqualTo("year-old"); // an age: the end of a life "at" it
        assertThat(age.verb()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "At least 12 people are dead.",
            "Twelve were confirmed dead.",
            "The accident left 12 people dead.",
            "Twelve people dead after the storm.",
    })
    void anAdjectiveCompletingTheCountSaysWhatHappened(String text) {
        assertThat(only(text).verb()).isEqualTo("dead");
    }

    @Test
    void aCompletingParticipleIsReadAsItsVerbAndMissingAsAState() {
        assertThat(only("There are around 30 people seriously injured.").verb()).isEqualTo("injure");
        assertThat(only("Twelve people were reported missing after the flood.").verb()).isEqualTo("missing");
        List<QuantityMention> found = find("At least 12 people are dead and 30 are missing.");
        assertThat(found).extracting(QuantityMention::verb).containsExactly("dead", "missing");
        assertThat(found).extracting(QuantityMention::head).containsExactly("people", "people");
    }

    @Test
    void twoCoordinatedVerbsOrStatesCountBothSoNeitherGovernsTheCount() {
        assertThat(only("Twelve people were killed or injured.").verb()).isNull();
        assertThat(only("The tsunami left 230,000 people dead and missing.").verb()).isEqualTo("leave");
        // a second verb with an object of its own is another verb phrase
        assertThat(only("Riots left three workers dead and engulfed the streets.").verb()).isEqualTo("dead");
    }

    @Test
    void aModalMakesTheCountAPossibility() {
        assertThat(only("Officials said two people might have been killed.").verb()).isNull();
        assertThat(only("Officials said 12 people could be killed.").verb()).isNull();
    }

    @Test
    void partOfAGroup() {
        QuantityMention one = only("One of the fatalities was a child.");
        assertThat(one.head()).isEqualTo("fatality");
        assertThat(one.partitive()).isTrue();
        List<QuantityMention> found = find("The attack killed 12 people, five of them children.");
        assertThat(found).extracting(QuantityMention::partitive).containsExactly(false, true);
        assertThat(found).extracting(QuantityMention::head).containsExactly("people", "child");
        assertThat(found).extracting(QuantityMention::verb).containsExactly("kill", "kill");
    }

    @Test
    void oneWithNoNounIsAPronoun() {
        assertThat(find("When one is killed, all of us lose.")).isEmpty();
    }

    @Test
    void afterANounAndOfANumberCompletesThatNoun() {
        QuantityMention m = only("The crash left a mother of 2 dead.");
        assertThat(m.head()).isEqualTo("mother");
    }

    @Test
    void wordsBeforeTheNumberAndMoreModifyTheCount() {
        assertThat(only("Another 5 people died.").modifiers()).containsExactly("another");
        assertThat(only("Five more were killed.").modifiers()).containsExactly("more");
        assertThat(only("Five other people were hurt.").modifiers()).containsExactly("other");
    }

    @Test
    void aParticipleBeforeTheHeadSaysWhatHappenedToIt() {
        assertThat(only("The 15 freed hostages were flown to hospital.").verb()).isEqualTo("free");
    }

    @Test
    void aPastTenseTaggedAsANounBeforeTheNumberIsTheVerb() {
        assertThat(only("The blast left 12 dead.").verb()).isEqualTo("leave");
    }

    // ---- not quantities ----

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The attack on October 7 started the war.",
            "A truce ran from November 24 to December 1.",
            "He arrives on Thursday 1 February for talks.",
            "The war continued into 2024.",
            "The 1948 borders were discussed.",
            "Talks began at 9:30 and ended at 9 pm.",
            "The war entered its 10th week after 10 weeks of fighting.",
            "The previous one-week truce and a six-week halt were discussed.",
            "The ten-day pause lasted 48 hours.",
            "Article 51 and Resolution 2334 were cited.",
            "COVID-19 and F-16 jets were mentioned.",
            "The second and third stages follow.",
            "The previous one was better.",
    })
    void notAQuantity(String text) {
        assertThat(find(text)).isEmpty();
    }

    @Test
    void mentionsCarrySentenceIndexAndOffsets() {
        String text = "No numbers here.\nIsrael released 240 prisoners.";
        QuantityMention m = only(text);
        assertThat(m.sentence()).isEqualTo(1);
        assertThat(m.start()).isEqualTo(text.indexOf("240"));
        assertThat(m.end()).isEqualTo(text.indexOf("240") + 3);
        assertThat(m.kind()).isEqualTo("quantity");
    }
}
