package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.language.TestLanguage;
import io.factunit.mention.quote.QuoteWords;
import org.junit.jupiter.api.Test;

class QuoteAlignmentTest {
    private final QuoteWords words = new QuoteWords(TestLanguage.ENGLISH);

    private QuoteAlignment align(String a, String b) {
        return QuoteAlignment.of(words.of(a), words.of(b));
    }

    private String diff(String a, String b) {
        return WordDiff.render(align(a, b));
    }

    @Test
    void aChangedWordIsShownInItsContext() {
        assertThat(diff("we will never accept this deal", "we will not accept this deal"))
                .isEqualTo("we will [never → not] accept this deal");
        assertThat(diff("we will never accept this deal today or ever", "we will accept this deal today or ever"))
                .isEqualTo("we will [never → ∅] accept this deal …");
        assertThat(diff("the talks are over and we go home", "the talks are over and now we go home"))
                .isEqualTo("… are over and [∅ → now] we go home");
        assertThat(diff("one two three four five six seven eight nine ten eleven", "one two three x five six seven eight nine ten y"))
                .isEqualTo("one two three [four → x] five six seven eight nine ten [eleven → y]");
        assertThat(diff("one two three four five six seven eight nine ten eleven twelve", "one two three x five six seven eight nine ten eleven y"))
                .isEqualTo("one two three [four → x] five six seven … nine ten eleven [twelve → y]");
        // a last or first word changed where both quotes go on: a change, not a cut
        assertThat(diff("this is a sad time for the family", "this is a sad time for the company"))
                .isEqualTo("… time for the [family → company]");
        assertThat(diff("Friends, we will never accept this", "Citizens, we will never accept this"))
                .isEqualTo("[Friends → Citizens] we will never …");
    }

    @Test
    void aWordOfAContractionIsShownByItsForm() {
        assertThat(diff("we weren't going there today", "we were going there today"))
                .isEqualTo("we weren't [not → ∅] going there today");
    }

    @Test
    void faithfulEditsAreNoChange() {
        assertThat(align("we will never accept this deal", "We will … accept this deal").changes()).isEmpty();
        assertThat(align("we will never accept this deal", "we will [never] accept this deal").changes()).isEmpty();
        assertThat(align("we will never accept this favour", "We'll never accept this favor!").changes()).isEmpty();
        assertThat(align("the endgame is near for the oilfields", "the end game is near for the oil fields").changes()).isEmpty();
        assertThat(align("we lost three men at 6:00 p.m.", "we lost 3 men at 6 pm").changes()).isEmpty();
    }

    @Test
    void aQuoteCutShorterIsNoChange() {
        QuoteAlignment cut = align("whatever the motives of the arsonist, the governor has faith in the scripture",
                "the governor has faith in the scripture");
        assertThat(cut.changes()).isEmpty();
        assertThat(cut.shared()).isEqualTo(7);
        assertThat(align("the governor has faith in the scripture", "whatever the motives, the governor has faith")
                .changes()).isEmpty();
    }

    @Test
    void oneQuotationSharesMostWordsInOrder() {
        assertThat(Quotations.oneQuotation(align("we will never accept this deal", "we will not accept this deal"))).isTrue();
        // four words shared are too few
        assertThat(Quotations.oneQuotation(align("we will never accept", "we will never accept"))).isFalse();
        // shared words, but reworded beyond one change in four shared words: another quotation
        assertThat(Quotations.oneQuotation(align("we will never accept the terms of this deal",
                "we will gladly and quickly accept all the new terms of this deal"))).isFalse();
    }
}
