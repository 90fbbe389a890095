package io.factunit.mention.person;

import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;

/**
 * What general resources say about one word of a capitalised run: whether it is a given name
 * ({@code given-name.txt}), a person WordNet knows by that name ("Gates", "Rice": {@code wordnet-proper-noun.txt})
 * or a common noun whose most frequent sense is a person ("host", "baker": {@code wordnet-person-noun.txt}).
 * {@link PersonFinder} weighs it against the run's syntax: "ActiveX Controls" and "Hampton East" end in a common
 * word no one is named by and hold no given name, so they name things; "Maurice Cheeks" holds a given name.
 * Words are looked up lower-cased.
 */
final class NameEvidence {
    private static final String PERSON = "person";

    private final WordTable givenNames;
    private final WordTable properNouns;
    private final WordTable personNouns;
    /** Most words in one of WordNet's phrases. */
    private final int longestPhrase;

    private NameEvidence(Language language) {
        givenNames = language.words(WordList.GIVEN_NAME);
        properNouns = language.words(WordList.WORDNET_PROPER_NOUN);
        personNouns = language.words(WordList.WORDNET_PERSON_NOUN);
        int longest = 1;
        for (String name : properNouns.words()) {
            longest = Math.max(longest, name.split(" ").length);
        }
        longestPhrase = longest;
    }

    /**
     * A phrase of two words or more WordNet knows as a thing, never a person: a place, river, organisation or
     * product ("blue nile"; wordnet-proper-noun.txt keeps no phrase that names a person).
     */
    boolean isThingPhrase(String phrase) {
        return phrase.indexOf(' ') > 0 && properNouns.contains(phrase);
    }

    /** Most words in one of WordNet's phrases, to bound longest-match scans. */
    int longestPhrase() {
        return longestPhrase;
    }

    /** The evidence of {@code language}, built once per language. */
    static NameEvidence of(Language language) {
        return language.view(NameEvidence.class, NameEvidence::new);
    }

    /** A given name: "Maurice", "Gary" (also a city in WordNet), "Oscar" (also the award). */
    boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    /**
     * A word people are named by: a person WordNet knows by it ("Cook", "Bush", "Gates") or a given name,
     * which is a surname as often ("Baker", "Hunter", "Mason").
     */
    boolean namesPeople(String word) {
        return isKnownPerson(word) || givenNames.contains(word);
    }

    /** The gender a given name is given to ("hillary": "female"), or null when it is no listed given name. */
    String givenNameGender(String word) {
        return givenNames.value(word);
    }

    /** A common noun whose most frequent sense is a person ("host", "spokesman"), in the singular or plural. */
    boolean isRoleNoun(String word) {
        return "first".equals(personNouns.value(word)) || "first".equals(personNouns.value(singular(word)));
    }

    /** An individual WordNet knows by this word ("Gates", "Cook"), whatever else it is; not "Catholic". */
    boolean isKnownPerson(String word) {
        String kinds = properNouns.value(word);
        return kinds != null && kinds.contains(PERSON);
    }

    /** A capitalised word WordNet knows, in no sense an individual ("Oscar" the award, "Nile", "East", "Catholic"). */
    boolean thingOnly(String word) {
        String kinds = properNouns.value(word);
        return kinds != null && !kinds.contains(PERSON);
    }

    private static String singular(String word) {
        return word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
    }
}
