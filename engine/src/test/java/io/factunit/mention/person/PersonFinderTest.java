package io.factunit.mention.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.factunit.language.TestLanguage;
import io.factunit.mention.TestArticles;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonFinderTest {
    private final PersonFinder finder = new PersonFinder(TestLanguage.ENGLISH, TestLanguage.NEWS_NAMES);

    private List<PersonMention> people(String text) {
        return finder.find(TestArticles.analyze(text));
    }

    /** name, surname, title, role of every person found, in text order. */
    private ListAssert<Tuple> assertPeople(String text) {
        return assertThat(people(text).stream().map(p -> tuple(p.name(), p.surname(), p.title(), p.role())).toList());
    }

    @Test
    void preNominalTitles() {
        assertPeople("Egyptian President Abdel Fattah el-Sisi met CIA chief William Burns in Cairo on Monday.")
                .containsExactly(
                        tuple("Abdel Fattah el-Sisi", "el-Sisi", "Egyptian President", "president of egypt"),
                        tuple("William Burns", "Burns", "CIA chief", "director of cia"));
        assertPeople("Hamas leader Ismail Haniyeh spoke with Iranian Foreign Minister Hossein Amir-Abdolahian in Doha.")
                .containsExactly(
                        tuple("Ismail Haniyeh", "Haniyeh", "Hamas leader", "head of hamas"),
                        tuple("Hossein Amir-Abdolahian", "Amir-Abdolahian", "Iranian Foreign Minister", "foreign minister of iran"));
        assertPeople("Iran’s Foreign Minister Hossein Amirabdollahian spoke to President Isaac Herzog.")
                .containsExactly(
                        tuple("Hossein Amirabdollahian", "Amirabdollahian", "Iran’s Foreign Minister", "foreign minister of iran"),
                        tuple("Isaac Herzog", "Herzog", "President", "president"));
        assertPeople("Israeli Prime Minister Benjamin Netanyahu met Hamas official Ghazi Hamad and Hamas chief Ismail Haniyeh.")
                .containsExactly(
                        tuple("Benjamin Netanyahu", "Netanyahu", "Israeli Prime Minister", "prime minister of israel"),
                        tuple("Ghazi Hamad", "Hamad", "Hamas official", "official of hamas"),
                        tuple("Ismail Haniyeh", "Haniyeh", "Hamas chief", "head of hamas"));
    }

    @Test
    void anOrganisationInTheRunBeforeATitleIsPartOfTheTitle() {
        assertPeople("Treasury Secretary Henry Paulson spoke first.")
                .containsExactly(tuple("Henry Paulson", "Paulson", "Treasury Secretary", "treasury secretary"));
        assertPeople("Palmer Fire and Rescue Chief John McNutt came.")
                .containsExactly(tuple("John McNutt", "McNutt", "Palmer Fire and Rescue Chief",
                        "head of palmer fire and rescue"));
    }

    @Test
    void exIsFormerAndKeepsTheWholeTitle() {
        assertPeople("Meanwhile ex-Vice President Dick Cheney spoke.")
                .containsExactly(tuple("Dick Cheney", "Cheney", "ex-Vice President", "former vice president"));
    }

    @Test
    void placesAndThingsByTheirPlaceInTheSentence() {
        // after a place preposition, after "the", or led by a word no given name is: in the whole article
        assertPeople("She lives in Newport Beach. Newport Beach is quiet. Lindsay Lohan said so.")
                .containsExactly(tuple("Lindsay Lohan", "Lohan", null, null));
        assertPeople("The Indianapolis Colts won. Fans of the Indianapolis Colts cheered.").isEmpty();
        assertPeople("San Francisco Giants fans and West Papua rebels met Kanye West.")
                .containsExactly(tuple("Kanye West", "West", null, null));
        // a possessor after "in", and a name that modifies a noun after "the", are people
        assertPeople("The interest in Lindsay Lohan's case grew, as did the Lindsay Lohan saga.")
                .extracting(t -> t.toList().get(0)).containsExactly("Lindsay Lohan", "Lindsay Lohan");
    }

    @Test
    void aSurnameAloneNamesThePersonOnlyWhenOneHasIt() {
        assertPeople("Hillary Clinton and Bill Clinton came. Clinton spoke.")
                .extracting(t -> t.toList().get(0)).containsExactly("Hillary Clinton", "Bill Clinton");
        assertPeople("Hillary Clinton came. Clinton spoke. Then Hillary Clinton left.")
                .extracting(t -> t.toList().get(0)).containsExactly("Hillary Clinton", "Hillary Clinton", "Hillary Clinton");
    }

    @Test
    void initialsBelongToTheName() {
        assertPeople("The lawyer John D. O'Connor wrote it.")
                .extracting(t -> t.toList().get(0)).containsExactly("John D. O'Connor");
        // cut off at its initial, a name names nobody in full
        assertPeople("Attorney Walter F.").isEmpty();
    }

    @Test
    void aHeadlineWordGluedToANameIsLeftOff() {
        assertPeople("Warren Jeffs Found Guilty\n\nA jury found Warren Jeffs guilty.")
                .extracting(t -> t.toList().get(0)).containsExactly("Warren Jeffs", "Warren Jeffs");
    }

    @Test
    void appositiveBeforeTheName() {
        assertPeople("The Director of the CIA, William Burns, is already present in Cairo.")
                .containsExactly(tuple("William Burns", "Burns", "Director of the CIA", "director of cia"));
        assertPeople("The head of Hamas’s political bureau, Ismail Haniyeh, has arrived in Cairo.")
                .containsExactly(tuple("Ismail Haniyeh", "Haniyeh", "head of Hamas’s political bureau",
                        "head of political bureau of hamas"));
        assertPeople("Talks were held with the country's intelligence chief, Abbas Kamel.")
                .containsExactly(tuple("Abbas Kamel", "Kamel", "intelligence chief", "head of intelligence"));
    }

    @Test
    void appositiveAfterTheName() {
        assertPeople("Ismail Haniyeh, the Chief of Hamas’s Political Bureau, is expected in Cairo.")
                .containsExactly(tuple("Ismail Haniyeh", "Haniyeh", "Chief of Hamas’s Political Bureau",
                        "head of political bureau of hamas"));
        assertPeople("Taher Al-Nono, a Hamas official and advisor to Hamas chief Ismail Haniyeh, confirmed the talks.")
                .containsExactly(
                        tuple("Taher Al-Nono", "Al-Nono", "Hamas official", "official of hamas"),
                        tuple("Ismail Haniyeh", "Haniyeh", "Hamas chief", "head of hamas"));
        assertPeople("Ziyad al-Nahl, head of Palestinian Islamic Jihad, is expected in Cairo.")
                .containsExactly(tuple("Ziyad al-Nahl", "al-Nahl", "head of Palestinian Islamic Jihad",
                        "head of palestinian islamic jihad"));
    }

    @Test
    void possessiveOrganisationIsNotATitle() {
        assertPeople("Al Jazeera’s Hashem Ahelbarra said the talks were positive.")
                .containsExactly(tuple("Hashem Ahelbarra", "Ahelbarra", null, null));
    }

    @Test
    void titleIsNotBoundAcrossAClauseOrAList() {
        assertPeople("After meeting the Egyptian intelligence chief, Ismail Haniyeh said talks went well.")
                .containsExactly(tuple("Ismail Haniyeh", "Haniyeh", null, null));
        assertThat(people("The meeting brought together Israel’s intelligence chief, Qatar’s prime minister, "
                + "and the head of the US’s CIA, in which officials agreed on terms.")).isEmpty();
    }

    @Test
    void placeAfterATitleIsAGivenName() {
        assertPeople("Foreign Minister Israel Katz rejected the offer.")
                .containsExactly(tuple("Israel Katz", "Katz", "Foreign Minister", "foreign minister"));
    }

    @Test
    void surnameOnlyReferencesLinkToTheFullNameBeforeOrAfter() {
        List<PersonMention> found = people("Haniyeh arrived on Wednesday. Hamas leader Ismail Haniyeh will meet "
                + "Prime Minister Benjamin Netanyahu’s envoy. Netanyahu’s office declined to comment.\n"
                + "Egyptian President Abdel Fattah el-Sisi hosted the talks. Sisi said little.");
        assertThat(found).extracting("text", "name", "surname", "title", "sentence").containsExactly(
                tuple("Haniyeh", "Ismail Haniyeh", "Haniyeh", null, 0),
                tuple("Ismail Haniyeh", "Ismail Haniyeh", "Haniyeh", "Hamas leader", 1),
                tuple("Benjamin Netanyahu", "Benjamin Netanyahu", "Netanyahu", "Prime Minister", 1),
                tuple("Netanyahu", "Benjamin Netanyahu", "Netanyahu", null, 2),
                tuple("Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi", "el-Sisi", "Egyptian President", 3),
                tuple("Sisi", "Abdel Fattah el-Sisi", "el-Sisi", null, 4));
    }

    @Test
    void particlesBelongToTheSurname() {
        List<PersonMention> found = people("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani hosted the talks. "
                + "Al Thani said little. The talks ended when Thani left. Abu Dhabi was not involved.");
        assertThat(found).extracting("text", "name", "surname").containsExactly(
                tuple("Mohammed bin Abdulrahman Al Thani", "Mohammed bin Abdulrahman Al Thani", "Al Thani"),
                tuple("Al Thani", "Mohammed bin Abdulrahman Al Thani", "Al Thani"),
                tuple("Thani", "Mohammed bin Abdulrahman Al Thani", "Al Thani"));
        assertThat(found.get(0).role()).isEqualTo("prime minister of qatar");
    }

    @Test
    void particleRunIsASurnameOnlyWhenAFullNameEndsSo() {
        assertThat(people("National Security Minister Itamar Ben Gvir objected. Ben Gvir wants more. "
                + "Former defence secretary Ben Wallace disagreed, and Wallace said so."))
                .extracting("text", "name", "surname", "title").containsExactly(
                        tuple("Itamar Ben Gvir", "Itamar Ben Gvir", "Ben Gvir", "National Security Minister"),
                        tuple("Ben Gvir", "Itamar Ben Gvir", "Ben Gvir", null),
                        tuple("Ben Wallace", "Ben Wallace", "Wallace", "Former defence secretary"),
                        tuple("Wallace", "Ben Wallace", "Wallace", null));
    }

    @Test
    void mentionSpansPointAtTheNameAsWritten() {
        String text = "Talks resumed. Hamas official Ghazi Hamad spoke.";
        PersonMention hamad = people(text).get(0);
        assertThat(text.substring(hamad.start(), hamad.end())).isEqualTo("Ghazi Hamad");
        assertThat(hamad.text()).isEqualTo("Ghazi Hamad");
        assertThat(hamad.sentence()).isEqualTo(1);
    }

    @Test
    void spellingIsKeptAsWritten() {
        assertThat(people("Hossein Amir-Abdolahian met Hossein Amirabdollahian.")).extracting("name")
                .containsExactly("Hossein Amir-Abdolahian", "Hossein Amirabdollahian");
    }

    @Test
    void placesOrganisationsAndSiteFurnitureAreNotPeople() {
        assertThat(people("""
                Fighting continued in Khan Yunis and Tel Aviv braced for rockets from the Gaza Strip.
                © PPO / Getty Images
                Photo Source: Asharq Al-Awsat
                Generic selectors
                Post Type Selectors
                Hamas Leader Visits Cairo for Truce Talks as Gaza Conflict Intensifies
                Aid reached Deir al-Balah on Thursday, the UN and UNRWA said, as the Israel-Hamas talks resumed.
                """)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Director of the CIA                | director of cia
            CIA chief                          | director of cia
            CIA director                       | director of cia
            head of the US’s CIA               | director of cia
            Iran's foreign minister            | foreign minister of iran
            Iranian Foreign Minister           | foreign minister of iran
            Minister of Foreign Affairs        | foreign minister
            The head of Hamas’s political bureau | head of political bureau of hamas
            Hamas political bureau chief       | head of political bureau of hamas
            leader of Hamas’s political bureau | head of political bureau of hamas
            Hamas leader                       | head of hamas
            the country's spy chief            | head of intelligence
            deputy political bureau chief      | deputy head of political bureau
            Secretary of State                 | secretary of state
            U.S. President                     | president of united states
            """)
    void rolesNormaliseForComparison(String title, String role) {
        assertThat(new RoleNormalizer(TestLanguage.ENGLISH, TestLanguage.NEWS_NAMES).normalise(title)).isEqualTo(role);
    }

    @Test
    void organisationAloneIsNoRole() {
        assertThat(new RoleNormalizer(TestLanguage.ENGLISH, TestLanguage.NEWS_NAMES).normalise("Al Jazeera’s")).isNull();
        assertThat(new RoleNormalizer(TestLanguage.ENGLISH, TestLanguage.NEWS_NAMES).normalise(null)).isNull();
    }

    @Test
    void aPhraseWordNetKnowsAsAThingIsNoPerson() {
        // "Blue Nile" is a river in WordNet (wordnet-proper-noun.txt): stripped as a place would be
        assertPeople("Blue Nile officials met Omar Bashir.").containsExactly(tuple("Omar Bashir", "Bashir", null, null));
        assertPeople("Residents of Blue Nile fled.").isEmpty();
    }

    @Test
    void aRunEndingInACommonWordNoOneIsNamedByIsAThing() {
        // "Controls": a common word, no given name before it; "East": WordNet knows it capitalised only as a place
        assertPeople("ActiveX Controls Blocked. Hampton East residents met.").isEmpty();
        // "Host": WordNet knows it capitalised only as the bread, and "Oscar" only as the award
        assertPeople("Oscar Host Picked.").isEmpty();
        // a possessive or a closing quote glued to the last word: "Committee's" is "committee"
        assertPeople("He broke into the offices of Democratic National Committee's chairman.").isEmpty();
    }

    @Test
    void aTitleCasePlacePrepositionStartsAPlace() {
        assertPeople("Fire Near Healdsburg Contained. Crews reached Mt Cook.").isEmpty();
    }

    @Test
    void aPersonNounOfWordNetThatIsNoCommonWordIsASurname() {
        // "lohan" is a person noun in WordNet (an arhat)
        assertPeople("Actress Lindsay Lohan checked into rehab on Thursday.").extracting(t -> t.toList().get(0))
                .containsExactly("Actress Lindsay Lohan");
    }

    @Test
    void peopleWhoseSurnamesAreCommonWordsStayPeople() {
        assertPeople("James Baker met Maurice Cheeks and Zoe Ball. Tim Cook, Condoleezza Rice, George Bush and "
                + "Bill Gates came.").extracting(t -> t.toList().get(0)).containsExactly("James Baker",
                "Maurice Cheeks", "Zoe Ball", "Tim Cook", "Condoleezza Rice", "George Bush", "Bill Gates");
    }

    @Test
    void aSurnameAfterAGenderedHonorificLinksOnlyToAPersonOfThatGender() {
        assertPeople("Barack Obama spoke. Mrs. Obama smiled.")
                .containsExactly(tuple("Barack Obama", "Obama", null, null));
        assertPeople("Barack Obama and Michelle Obama came. Mrs. Obama smiled.").extracting(t -> t.toList().get(0))
                .containsExactly("Barack Obama", "Michelle Obama", "Michelle Obama");
        assertPeople("Michelle Obama came. Ms. Obama smiled.").extracting(t -> t.toList().get(0))
                .containsExactly("Michelle Obama", "Ms. Obama"); // "Ms." in one token: a name the spelling check reads
    }
}
