package io.factunit.mention.person;

import io.factunit.analysis.Word;
import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import io.factunit.mention.LookupForm;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words behind {@link PersonFinder}, {@link TitleFinder} and {@link RoleNormalizer}, read from the language:
 * places, organisations and nationalities (never a person; they qualify a title), words that are never part of
 * a name (not-a-name, weekdays, months that are no given name), title heads and words (with the honorifics
 * marked as titles, and the ranks), pointing possessors, role synonyms, and the articles, possessive determiners
 * and relative pronouns that bound a title. A story's own places and organisations, which a rule pack
 * declares, are added to the language's. Phrases are looked up lower-cased with single spaces.
 */
final class PersonLexicon {
    /** What a listed name is; every kind means "not a person". */
    enum Kind {
        PLACE, ORGANISATION, NATIONALITY, NOT_A_NAME,
        /** A phrase WordNet knows only as a thing: a place, river, organisation, product ({@link NameEvidence}). */
        THING;

        /** Whether a title names it as its qualifier ("Qatar's Emir"): the hand-written places and bodies. */
        boolean qualifiesTitles() {
            return this != NOT_A_NAME && this != THING;
        }
    }

    private final Map<String, Kind> entries = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();
    private final Set<String> titleHeads = new HashSet<>();
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> ranks = new HashSet<>();
    private final Set<String> genericPossessors = new HashSet<>();
    private final Map<String, String> wordSynonyms = new HashMap<>();
    private final Map<String, String> roleSynonyms = new HashMap<>();
    /** "mr" → "male", "mrs" → "female": the gender an honorific is given to. */
    private final Map<String, String> honorificGenders = new HashMap<>();
    /** "a", "an", "the": dropped from a role. */
    final Set<String> articles = new HashSet<>();
    /** "the": a run of capitalised words right after one names a thing, not a person. */
    final Set<String> definiteArticles = new HashSet<>();
    /** "in", "near": a run of capitalised words right after one names a place. */
    final Set<String> placePrepositions = new HashSet<>();
    /** "San", "New", "West": a run of capitalised words that starts with one names a place. */
    final Set<String> placeLeads = new HashSet<>();
    /** "its", "their": a determiner a title's noun phrase may start with. */
    final Set<String> possessiveDeterminers = new HashSet<>();
    /** "who", "which": an appositive title ends before one. */
    final Set<String> relativePronouns = new HashSet<>();
    private int longestEntry;

    /** The lexicon of {@code language}, built once per language. */
    static PersonLexicon of(Language language) {
        return language.view(PersonLexicon.class, l -> new PersonLexicon(l, List.of()));
    }

    /** The lexicon of {@code language} with a story's own places and organisations ({@code names}). */
    static PersonLexicon of(Language language, Collection<String> names) {
        return names.isEmpty() ? of(language) : new PersonLexicon(language, names);
    }

    private PersonLexicon(Language language, Collection<String> names) {
        addAll(language.words(WordList.PLACE).words(), Kind.PLACE);
        addAll(language.words(WordList.ORGANISATION).words(), Kind.ORGANISATION);
        for (WordTable.Row row : language.words(WordList.NATIONALITY).rows()) {
            String adjective = phrase(row.word());
            addEntry(adjective, Kind.NATIONALITY);
            countries.put(adjective, phrase(row.column(0)));
        }
        addAll(language.words(WordList.NOT_A_NAME).words(), Kind.NOT_A_NAME);
        addAll(language.words(WordList.WEEKDAY).words(), Kind.NOT_A_NAME);
        // "May", "June": a month that is also a given name could be one ("Theresa May")
        addAll(language.words(WordList.MONTH).words(row -> !row.column(1).equals("name")), Kind.NOT_A_NAME);
        addAll(names, Kind.PLACE);
        addPhrases(language.words(WordList.TITLE_HEAD).words(), titleHeads);
        addPhrases(language.words(WordList.HONORIFIC).words(row -> row.column(0).equals("title")), titleHeads);
        for (WordTable.Row row : language.words(WordList.HONORIFIC).rows()) {
            if (!row.column(1).isEmpty()) {
                honorificGenders.put(phrase(row.word()), row.column(1));
            }
        }
        addPhrases(language.words(WordList.TITLE_WORD).words(), titleWords);
        addPhrases(language.words(WordList.RANK).words(), ranks);
        addPhrases(language.words(WordList.GENERIC_POSSESSOR).words(), genericPossessors);
        for (WordTable.Row row : language.words(WordList.ROLE_SYNONYM).rows()) {
            String from = phrase(row.word());
            (from.indexOf(' ') < 0 ? wordSynonyms : roleSynonyms).put(from, phrase(row.column(0)));
        }
        WordTable determiners = language.words(WordList.DETERMINER);
        addPhrases(determiners.words(row -> List.of("DEFINITE", "INDEFINITE").contains(row.column(0))), articles);
        addPhrases(determiners.words(row -> row.column(0).equals("POSSESSIVE")), possessiveDeterminers);
        addPhrases(determiners.words(row -> row.column(0).equals("DEFINITE")), definiteArticles);
        addPhrases(language.words(WordList.PLACE_PREPOSITION).words(), placePrepositions);
        addPhrases(language.words(WordList.PLACE_LEAD).words(), placeLeads);
        addPhrases(language.words(WordList.RELATIVE_PRONOUN).words(), relativePronouns);
    }

    private void addAll(Collection<String> phrases, Kind kind) {
        phrases.forEach(phrase -> addEntry(phrase(phrase), kind));
    }

    private static void addPhrases(Collection<String> phrases, Set<String> into) {
        phrases.forEach(phrase -> into.add(phrase(phrase)));
    }

    private void addEntry(String phrase, Kind kind) {
        // A name listed twice (a nationality that is also a place: "US") keeps its first kind; the country of a
        // nationality is kept apart, so roles map it all the same.
        entries.putIfAbsent(phrase, kind);
        longestEntry = Math.max(longestEntry, phrase.split(" ").length);
    }

    /** {@link LookupForm#phrase} of one word, kept in it. */
    static String wordPhrase(Word word) {
        return LookupForm.of(word);
    }

    /** Lower case, single spaces, curly apostrophes straightened ({@link LookupForm}). */
    static String phrase(String text) {
        return LookupForm.phrase(text);
    }

    /** The kind of a listed place, organisation, nationality or non-name word, or null. */
    Kind kind(String phrase) {
        return entries.get(phrase);
    }

    /** {@link #kind}, or {@link Kind#THING} for a phrase WordNet knows only as a thing ("Blue Nile"). */
    Kind kind(String phrase, NameEvidence evidence) {
        Kind kind = entries.get(phrase);
        return kind == null && evidence.isThingPhrase(phrase) ? Kind.THING : kind;
    }

    /** Most words in one listed place, organisation, nationality or non-name word, to bound longest-match scans. */
    int longestEntry() {
        return longestEntry;
    }


    /** Country of a nationality adjective ("iranian" → "iran"), or null. */
    String country(String word) {
        return countries.get(word);
    }

    /** A word a title can end in: "chief", "minister", "official", "Mr.". */
    boolean isTitleHead(String word) {
        return titleHeads.contains(word);
    }

    /** Any word that may stand in a title: a head, a rank, or "prime", "foreign", "political". */
    boolean isTitleWord(String word) {
        return titleHeads.contains(word) || titleWords.contains(word) || ranks.contains(word) || rankPrefix(word) > 0;
    }

    /**
     * Where the title word of "ex-vice" or "ex-president" starts after its rank prefix ("ex-"), or 0 when the
     * word has no rank glued to a title word.
     */
    int rankPrefix(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen <= 0 || !ranks.contains(word.substring(0, hyphen))) {
            return 0;
        }
        String rest = word.substring(hyphen + 1);
        return titleHeads.contains(rest) || titleWords.contains(rest) || ranks.contains(rest) ? hyphen + 1 : 0;
    }

    /** The gender an honorific ("Mr.", "mrs") is given to, or null: "male", "female". */
    String honorificGender(String word) {
        return honorificGenders.get(word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
    }

    /** "deputy", "former", "acting": a rank before a role, kept in front of it ("deputy head of ..."). */
    boolean isRank(String word) {
        return ranks.contains(word);
    }

    boolean isGenericPossessor(String word) {
        return genericPossessors.contains(word);
    }

    String wordSynonym(String word) {
        return wordSynonyms.getOrDefault(word, word);
    }

    String roleSynonym(String role) {
        return roleSynonyms.getOrDefault(role, role);
    }
}
