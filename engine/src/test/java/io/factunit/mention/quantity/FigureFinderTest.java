package io.factunit.mention.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.mention.quantity.Quantity.Precision;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures of every kind read to comparable values, each with what it counts (its unit), the verb that governs it
 * and whose it is: money, percentages, units of measure, ages, tallies and scores.
 */
class FigureFinderTest {
    private static List<QuantityMention> find(String text) {
        return FoundQuantities.in(text);
    }

    private static QuantityMention only(String text) {
        return FoundQuantities.only(text);
    }

    // ---- money ----

    @Test
    void dollarsWithAScaleWordAreOneAmountInOneSentence() {
        // the sentence model took the point of "1.5" for a full stop; a sentence never ends inside a number
        QuantityMention m = only("The company lost $1.5 billion last year.");
        assertThat(m.text()).isEqualTo("$1.5 billion");
        assertThat(m.value()).isEqualTo(Quantity.exact(1.5e9));
        assertThat(m.head()).isEqualTo("dollar");
        assertThat(m.verb()).isEqualTo("lose");
        assertThat(m.holder()).isEqualTo("company");
    }

    @Test
    void eurosWrittenWithASuffixOrASign() {
        assertThat(only("The firm earned 1.5bn euros.")).satisfies(m -> {
            assertThat(m.value()).isEqualTo(Quantity.exact(1.5e9));
            assertThat(m.head()).isEqualTo("euro");
        });
        assertThat(only("The firm earned €3m in May.")).satisfies(m -> {
            assertThat(m.value()).isEqualTo(Quantity.exact(3e6));
            assertThat(m.head()).isEqualTo("euro");
        });
    }

    @Test
    void currencyCodesAndCountrySigns() {
        assertThat(find("It cost USD 5 million and EUR 3m.")).extracting(QuantityMention::text, QuantityMention::head)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("USD 5 million", "dollar"),
                        org.assertj.core.groups.Tuple.tuple("EUR 3m", "euro"));
        assertThat(only("It cost HK$3 billion.")).satisfies(m -> {
            assertThat(m.value()).isEqualTo(Quantity.exact(3e9));
            assertThat(m.head()).isEqualTo("dollar");
        });
        assertThat(only("Damage was estimated at $US1 million.").value()).isEqualTo(Quantity.exact(1e6));
    }

    @Test
    void aConversionInBracketsIsNoSecondFigure() {
        assertThat(find("Damage was estimated at $US1 million ($1.52 million), police said."))
                .extracting(QuantityMention::text).containsExactly("$US1 million");
        assertThat(find("The camp is less than 25 km (15 miles) from the border."))
                .extracting(QuantityMention::text, QuantityMention::head)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("less than 25", "kilometre"));
    }

    @Test
    void anAmountWithAHyphenatedScale() {
        assertThat(only("They made off with a $2.6-million booty.").value()).isEqualTo(Quantity.exact(2.6e6));
    }

    // ---- percentages and units ----

    @Test
    void percentagesAndPercentagePoints() {
        assertThat(only("Unemployment rose to 7.2 percent.")).satisfies(m -> {
            assertThat(m.value()).isEqualTo(Quantity.exact(7.2));
            assertThat(m.head()).isEqualTo("percent");
            assertThat(m.verb()).isEqualTo("rise");
        });
        assertThat(only("Prices fell 5% in May.").head()).isEqualTo("percent");
        assertThat(only("The rate fell 3 percentage points.").head()).isEqualTo("percentage-point");
    }

    @Test
    void unitsOfMeasureAreNamedAlikeHoweverWritten() {
        assertThat(find("He ran 10 km, then 10 kilometres, then 10km.")).extracting(QuantityMention::head)
                .containsExactly("kilometre", "kilometre", "kilometre");
        assertThat(only("The quake struck 72 km southeast of the town.").head()).isEqualTo("kilometre");
        assertThat(only("The plane flew at 500 miles per hour.").head()).isEqualTo("mile-per-hour");
        assertThat(only("The laptop has a 512MHz chip.")).satisfies(m -> {
            assertThat(m.value()).isEqualTo(Quantity.exact(512));
            assertThat(m.head()).isEqualTo("megahertz");
        });
    }

    // ---- ages ----

    @Test
    void agesInCommasAreAgesOfTheNounBefore() {
        QuantityMention m = only("Arcade Comeaux, 49, escaped from a prison van.");
        assertThat(m.text()).isEqualTo("49");
        assertThat(m.value()).isEqualTo(Quantity.exact(49));
        assertThat(m.head()).isEqualTo("year-old");
        assertThat(m.holder()).isEqualTo("comeaux");
    }

    @Test
    void agesWrittenEveryWayCountTheSameUnit() {
        assertThat(only("Smith, aged 45, was arrested.")).satisfies(m -> {
            assertThat(m.head()).isEqualTo("year-old");
            assertThat(m.holder()).isEqualTo("smith");
        });
        assertThat(only("Jones is 30 years old.")).satisfies(m -> {
            assertThat(m.text()).isEqualTo("30");
            assertThat(m.head()).isEqualTo("year-old");
        });
        assertThat(only("The 33-year-old actress Tara Reid checked into rehab.")).satisfies(m -> {
            assertThat(m.text()).isEqualTo("33-year-old");
            assertThat(m.head()).isEqualTo("year-old");
            assertThat(m.holder()).isEqualTo("reid");
        });
    }

    @Test
    void aNumberInCommasAfterAPlaceOrInAListIsNoAge() {
        assertThat(only("In Athens, 12 people were hurt.").head()).isEqualTo("people");
        assertThat(find("Rooms 4, 5, 6 and 7 were empty.")).extracting(QuantityMention::head)
                .doesNotContain("year-old");
    }

    // ---- tallies and scores ----

    @Test
    void aVoteTallyIsAPair() {
        QuantityMention m = only("The Senate passed the bill 219-212 on Tuesday.");
        assertThat(m.text()).isEqualTo("219-212");
        assertThat(m.value()).isEqualTo(Quantity.pair(219, 212));
        assertThat(m.value().isPair()).isTrue();
        assertThat(m.head()).isEqualTo("tally");
        assertThat(m.verb()).isEqualTo("pass");
        assertThat(m.holder()).isEqualTo("senate");
    }

    @Test
    void aVoteOfFiveToFourIsAPairGovernedByTheVerbBeforeIt() {
        QuantityMention m = only("The court ruled by a vote of 5 to 4.");
        assertThat(m.text()).isEqualTo("5 to 4");
        assertThat(m.value()).isEqualTo(Quantity.pair(5, 4));
        assertThat(m.verb()).isEqualTo("rule");
        assertThat(m.holder()).isEqualTo("court");
    }

    @Test
    void scoresHoweverTheTokenizerCutsThem() {
        // "27-24" is tokenised "27-" "24", "60-46" as "60" "-46", "9 - 3" as three tokens
        assertThat(only("The Colts won 27-24 over the Jaguars.")).satisfies(m -> {
            assertThat(m.value()).isEqualTo(Quantity.pair(27, 24));
            assertThat(m.verb()).isEqualTo("win");
            assertThat(m.holder()).isEqualTo("colts");
        });
        assertThat(only("Drake cut the lead to 60-46.").value()).isEqualTo(Quantity.pair(60, 46));
        assertThat(only("The jury was deadlocked at 9 - 3.").value()).isEqualTo(Quantity.pair(9, 3));
        assertThat(only("They beat the Lakers 101-99 on Sunday.").value()).isEqualTo(Quantity.pair(101, 99));
    }

    @Test
    void aRecordInBracketsIsARecordOfTheNameBefore() {
        QuantityMention m = only("Indianapolis (10-5) won again.");
        assertThat(m.value()).isEqualTo(Quantity.pair(10, 5));
        assertThat(m.head()).isEqualTo("tally-aside");
        assertThat(m.holder()).isEqualTo("indianapolis");
    }

    @Test
    void rangesSeasonsAndAscendingToStayWhatTheyAre() {
        assertThat(only("Between 30 and 40 people died.").value())
                .isEqualTo(new Quantity(30, 40, 30, Precision.RANGE));
        assertThat(only("Some 30-40 people fled.").value().precision()).isEqualTo(Precision.APPROXIMATE);
        assertThat(only("About 30-40 people fled.").value().isPair()).isFalse();
        assertThat(only("30-40 people fled.").value()).isEqualTo(new Quantity(30, 40, 30, Precision.RANGE));
        assertThat(find("He played in the 2008-09 season.")).noneMatch(m -> m.value().isPair());
        assertThat(only("Numbers grew 4 to 5 times.").value().isPair()).isFalse();
    }

    // ---- holders ----

    @Test
    void aPossessorHoldsTheFigure() {
        assertThat(only("Clinton's 30,000 emails were released.").holder()).isEqualTo("clinton");
    }

    @Test
    void aPronounOrAPassiveHoldsNothing() {
        assertThat(only("He scored 22 points.").holder()).isNull();
        assertThat(only("Twelve people were killed.").holder()).isNull();
    }
}
