package io.factunit.mention.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.language.TestLanguage;
import io.factunit.mention.TestArticles;
import io.factunit.mention.person.PersonFinder;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder(TestLanguage.ENGLISH);
    /** Speakers are people: the test hands the quote finder the people found, as MentionFinders does. */
    private final PersonFinder people = new PersonFinder(TestLanguage.ENGLISH, TestLanguage.NEWS_NAMES);

    private List<QuoteMention> quotes(String text) {
        AnalyzedArticle article = TestArticles.analyze(text);
        return finder.find(article, people.find(article));
    }

    /** quote, speaker, source of every quote found, in text order. */
    private ListAssert<Tuple> assertQuotes(String text) {
        return assertThat(quotes(text).stream().map(q -> tuple(q.quote(), q.speaker(), q.source())).toList());
    }

    @Test
    void speakerBeforeOrAfterTheSpeechVerb() {
        assertQuotes("Hamas official Ghazi Hamad said: “We want to stop the aggression.”")
                .containsExactly(tuple("We want to stop the aggression.", "Ghazi Hamad", "Hamas official Ghazi Hamad"));
        assertQuotes("“The problem this time is different interpretations,” said Al Jazeera’s Hashem Ahelbarra.")
                .containsExactly(tuple("The problem this time is different interpretations", "Hashem Ahelbarra",
                        "Al Jazeera’s Hashem Ahelbarra"));
        assertQuotes("President Isaac Herzog told ambassadors that Israel is “ready for a second pause in the conflict”.")
                .containsExactly(tuple("ready for a second pause in the conflict", "Isaac Herzog", "President Isaac Herzog"));
    }

    @Test
    void surnameSpeakerIsLinkedToTheFullName() {
        assertQuotes("Al Jazeera’s Hashem Ahelbarra reported from Doha.\n"
                + "“Hamas insists the deal cannot be a prisoner exchange solely,” said Ahelbarra.")
                .containsExactly(tuple("Hamas insists the deal cannot be a prisoner exchange solely", "Hashem Ahelbarra",
                        "Ahelbarra"));
    }

    @Test
    void anonymousSourceHasNoSpeaker() {
        assertQuotes("Haniyeh planned to discuss “stopping the aggression” in Gaza, a Hamas source told the AFP news agency.")
                .containsExactly(tuple("stopping the aggression", null, "a Hamas source"));
        assertQuotes("The talks will include a potential “agreement for the release of prisoners”, the source said.")
                .containsExactly(tuple("agreement for the release of prisoners", null, "the source"));
    }

    @Test
    void accordingTo() {
        assertQuotes("Talks will go on “until there is a deal”, according to Egyptian officials.")
                .containsExactly(tuple("until there is a deal", null, "Egyptian officials"));
    }

    @Test
    void pronounIsThePersonTheTextWasLastAbout() {
        assertQuotes("""
                In an interview with Al Jazeera, Hamas official Ghazi Hamad said Hamas was ready.
                “Our vision is very clear: We want to stop the aggression,” he said. “What is going on is a catastrophe.”
                However, he added that brief pauses would not help.
                “Israel will take the card of the hostages,” he said. “We will not play this game.”
                """).containsExactly(
                tuple("Our vision is very clear: We want to stop the aggression", "Ghazi Hamad", "he"),
                tuple("What is going on is a catastrophe.", "Ghazi Hamad", "he"),
                tuple("Israel will take the card of the hostages", "Ghazi Hamad", "he"),
                tuple("We will not play this game.", "Ghazi Hamad", "he"));
    }

    @Test
    void pronounPrefersTheSubjectOverALaterName() {
        assertQuotes("Taher Al-Nono, an advisor to Hamas chief Ismail Haniyeh, confirmed the talks. "
                + "He emphasized Hamas's commitment to solutions \"with full seriousness and responsibility.\"")
                .containsExactly(tuple("with full seriousness and responsibility.", "Taher Al-Nono", "He"));
    }

    @Test
    void pronounIsForgottenAfterTwoSentencesAboutNobody() {
        assertQuotes("""
                Hamas official Ghazi Hamad arrived in Cairo.
                The talks began on Monday.
                Aid trucks waited at the crossing.
                “The siege must end,” he said.
                """).containsExactly(tuple("The siege must end", null, "he"));
    }

    @Test
    void continuationOnlyWithinTheParagraph() {
        assertQuotes("""
                “The problem is different interpretations,” said Hashem Ahelbarra. “Hamas insists on a permanent ceasefire.”
                “Nobody expects a deal this week.”
                """).containsExactly(
                tuple("The problem is different interpretations", "Hashem Ahelbarra", "Hashem Ahelbarra"),
                tuple("Hamas insists on a permanent ceasefire.", "Hashem Ahelbarra", "Hashem Ahelbarra"),
                tuple("Nobody expects a deal this week.", null, null));
    }

    @Test
    void scareQuotesHaveNoSpeaker() {
        assertQuotes("""
                Israeli media reported that Tel Aviv is pursuing a “humanitarian” deal.
                Netanyahu has pledged to continue until achieving “full victory” over Hamas.
                He opposes releasing “thousands” of Palestinian prisoners.
                """).containsExactly(
                tuple("humanitarian", null, null),
                tuple("full victory", null, null),
                tuple("thousands", null, null));
    }

    @Test
    void describedAsNamesTheSourceNotThePersonItBelongsTo() {
        assertQuotes("Israeli Prime Minister Benjamin Netanyahu spoke. Netanyahu’s office has described the talks as “constructive,” officials said.")
                .containsExactly(tuple("constructive", null, "Netanyahu’s office"));
    }

    @Test
    void quoteOverSeveralSentencesIsOneMention() {
        String text = "“We are ready. We want a permanent ceasefire,” Hamas official Ghazi Hamad said.";
        List<QuoteMention> found = quotes(text);
        assertThat(found).extracting("quote", "speaker", "sentence")
                .containsExactly(tuple("We are ready. We want a permanent ceasefire", "Ghazi Hamad", 0));
        QuoteMention quote = found.get(0);
        assertThat(quote.text()).isEqualTo("“We are ready. We want a permanent ceasefire,”");
        assertThat(text.substring(quote.start(), quote.end())).isEqualTo(quote.text());
    }

    @Test
    void straightQuotesAndUnbalancedMarks() {
        assertQuotes("Haniyeh, who is based in Qatar, denounced the \"Israeli aggression\" in Gaza, Hamas said.")
                .containsExactly(tuple("Israeli aggression", null, "Hamas"));
        assertThat(quotes("The spokesman said “the talks are over and left.")).isEmpty();
        assertThat(quotes("An empty “” pair is no quote.")).isEmpty();
    }

    @Test
    void curlyQuotesNest() {
        assertQuotes("“We reject the “humanitarian” label,” the source said.")
                .containsExactly(tuple("We reject the “humanitarian” label", null, "the source"));
    }

    @Test
    void whoWasToldIsNotTheSpeaker() {
        assertQuotes("“We fired in self-defense,” Commodore Nirad Sinha, a navy spokesman, told CNN.")
                .containsExactly(tuple("We fired in self-defense", "Commodore Nirad Sinha", "Commodore Nirad Sinha"));
        assertQuotes("Ghazi Hamad told Hashem Ahelbarra to “prepare for a long war” in a message.")
                .containsExactly(tuple("prepare for a long war", "Ghazi Hamad", "Ghazi Hamad"));
        assertQuotes("“The siege must end,” Ghazi Hamad told Ismail Haniyeh.")
                .containsExactly(tuple("The siege must end", "Ghazi Hamad", "Ghazi Hamad"));
    }

    @Test
    void aParticipleAfterACommaSpeaksForItsClausesSubject() {
        // the dispatcher told reporters what the caller said: Ghazi Hamad called, saying it
        assertQuotes("Hashem Ahelbarra, a dispatcher, told reporters that Ghazi Hamad called 911, saying “I'm the one "
                + "you're looking for” and hung up.")
                .containsExactly(tuple("I'm the one you're looking for", "Ghazi Hamad", "Ghazi Hamad"));
        assertQuotes("Ghazi Hamad spoke to reporters, saying “We want to stop the aggression.”")
                .containsExactly(tuple("We want to stop the aggression.", "Ghazi Hamad", "Ghazi Hamad"));
    }

    @Test
    void thePassiveNamesTheSpeakerAfterBy() {
        assertQuotes("“Leave the building now,” Hashem Ahelbarra was told by Ghazi Hamad.")
                .containsExactly(tuple("Leave the building now", "Ghazi Hamad", "Ghazi Hamad"));
    }

    @Test
    void accordingToTakesTheNounPhraseOnly() {
        assertQuotes("The fire “was set at the entrance” according to the Associated Press and burned for hours.")
                .containsExactly(tuple("was set at the entrance", null, "the Associated Press"));
    }

    @Test
    void anAppositionNamesTheSpeaker() {
        assertQuotes("The head of the union, Giannis Panagopoulos, said: “The rich pay nothing.”")
                .containsExactly(tuple("The rich pay nothing.", "Giannis Panagopoulos", "Giannis Panagopoulos"));
        assertQuotes("Chela Ortiz, who married the deputy three weeks before, told the court: “You did not break our family.”")
                .containsExactly(tuple("You did not break our family.", "Chela Ortiz", "Chela Ortiz"));
    }

    @Test
    void titlesOfProgrammesAndBooksAreNoQuotes() {
        assertQuotes("Senator John Kerry appeared on “Meet the Press” on Sunday.").isEmpty();
        assertQuotes("A movie called “The Notorious Bettie Page” told her story, Hugh Hefner said.").isEmpty();
        // one capitalised word is a scare quote, kept; a title said by someone is a quote of it
        assertQuotes("He called it “Wolverine” on Sunday.").containsExactly(tuple("Wolverine", null, null));
        assertQuotes("“Follow The Money,” Ghazi Hamad told him.")
                .containsExactly(tuple("Follow The Money", "Ghazi Hamad", "Ghazi Hamad"));
        // a short quote in sentence case is still spoken
        assertQuotes("Ghazi Hamad said: “She was one of a kind.”")
                .containsExactly(tuple("She was one of a kind.", "Ghazi Hamad", "Ghazi Hamad"));
    }
}
