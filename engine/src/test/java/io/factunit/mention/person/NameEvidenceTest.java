package io.factunit.mention.person;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.language.TestLanguage;
import io.factunit.language.WordList;
import org.junit.jupiter.api.Test;

/** The general resources behind the person finder: the given names and the lists generated from WordNet 3.1. */
class NameEvidenceTest {
    private final NameEvidence evidence = NameEvidence.of(TestLanguage.ENGLISH);

    @Test
    void theWordNetListsAreGeneratedIntoTheLanguage() {
        var proper = TestLanguage.ENGLISH.words(WordList.WORDNET_PROPER_NOUN);
        assertThat(proper.value("blue nile")).isEqualTo("water");
        assertThat(proper.value("oscar")).isEqualTo("work");
        assertThat(proper.value("clinton")).isEqualTo("person,place");
        assertThat(proper.value("catholic")).isEqualTo("people");
        assertThat(proper.contains("bill clinton")).isFalse(); // a phrase that is a person is left out
        var people = TestLanguage.ENGLISH.words(WordList.WORDNET_PERSON_NOUN);
        assertThat(people.value("host")).isEqualTo("first");
        assertThat(people.value("control")).isEqualTo("later");
        assertThat(people.contains("cheek")).isFalse();
    }

    @Test
    void givenNamesAndTheirGender() {
        assertThat(evidence.isGivenName("maurice")).isTrue();
        assertThat(evidence.isGivenName("gary")).isTrue(); // also a city in WordNet
        assertThat(evidence.isGivenName("activex")).isFalse();
        assertThat(evidence.givenNameGender("hillary")).isEqualTo("female");
        assertThat(evidence.givenNameGender("barack")).isEqualTo("male");
        assertThat(evidence.givenNameGender("epaminondas")).isNull();
    }

    @Test
    void surnamesThatAreCommonNounsNamePeople() {
        assertThat(evidence.namesPeople("cook")).isTrue();
        assertThat(evidence.namesPeople("rice")).isTrue();
        assertThat(evidence.namesPeople("gates")).isTrue();
        assertThat(evidence.namesPeople("bush")).isTrue();
        assertThat(evidence.namesPeople("baker")).isTrue(); // no WordNet individual, but a given name
        assertThat(evidence.namesPeople("east")).isFalse();
        assertThat(evidence.namesPeople("controls")).isFalse();
    }

    @Test
    void rolesAndThings() {
        assertThat(evidence.isRoleNoun("host")).isTrue();
        assertThat(evidence.isRoleNoun("hosts")).isTrue();
        assertThat(evidence.isRoleNoun("control")).isFalse(); // a person only in a later sense
        assertThat(evidence.thingOnly("east")).isTrue();
        assertThat(evidence.thingOnly("host")).isTrue(); // the bread
        assertThat(evidence.thingOnly("catholic")).isTrue(); // a kind of person, no individual
        assertThat(evidence.thingOnly("james")).isFalse();
        assertThat(evidence.isKnownPerson("court")).isTrue();
        assertThat(evidence.isKnownPerson("catholic")).isFalse();
    }
}
