package io.factunit.mention.person;

import io.factunit.analysis.Word;
import io.factunit.mention.LookupForm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind {@link PersonFinder} and {@link RoleNormalizer}, read once per JVM from
 * {@code person-lexicon.txt} (its header explains the sections). Kept as data so that a new outlet, place or
 * synonym is a one-line change. Phrases are looked up lower-cased with single spaces.
 */
final class PersonLexicon {
    private static final String RESOURCE = "person-lexicon.txt";
    /** Words' lookup forms ({@link #phrase}), kept in the word: finders ask it of most tokens. */
    private static final PersonLexicon SHARED = new PersonLexicon();

    /** What a listed name is; every kind means "not a person". */
    enum Kind { PLACE, ORGANISATION, NATIONALITY, NOT_A_NAME }

    private final Map<String, Kind> entries = new HashMap<>();
    private final Map<String, String> countries = new HashMap<>();
    private final Set<String> titleHeads = new HashSet<>();
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> genericPossessors = new HashSet<>();
    private final Map<String, String> wordSynonyms = new HashMap<>();
    private final Map<String, String> roleSynonyms = new HashMap<>();
    private int longestEntry;

    private PersonLexicon() {
        try (InputStream in = PersonLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static PersonLexicon shared() {
        return SHARED;
    }

    private void read(BufferedReader reader) throws IOException {
        String section = null;
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            if (section == null) {
                throw new IllegalStateException(RESOURCE + ": entry before the first section: " + line);
            }
            String entry = phrase(line);
            switch (section) {
                case "place" -> addEntry(entry, Kind.PLACE);
                case "organisation" -> addEntry(entry, Kind.ORGANISATION);
                case "not-a-name" -> addEntry(entry, Kind.NOT_A_NAME);
                case "nationality" -> {
                    String[] pair = pair(line);
                    addEntry(pair[0], Kind.NATIONALITY);
                    countries.put(pair[0], pair[1]);
                }
                case "title-head" -> titleHeads.add(entry);
                case "title-word" -> titleWords.add(entry);
                case "generic-possessor" -> genericPossessors.add(entry);
                case "role-synonym" -> {
                    String[] pair = pair(line);
                    (pair[0].indexOf(' ') < 0 ? wordSynonyms : roleSynonyms).put(pair[0], pair[1]);
                }
                default -> throw new IllegalStateException(RESOURCE + ": unknown section [" + section + "]");
            }
        }
    }

    private void addEntry(String phrase, Kind kind) {
        // A nationality listed again as a place ("US") stays a nationality, so roles can map it to its country.
        entries.putIfAbsent(phrase, kind);
        longestEntry = Math.max(longestEntry, phrase.split(" ").length);
    }

    private static String[] pair(String line) {
        int eq = line.indexOf('=');
        if (eq < 0) {
            throw new IllegalStateException(RESOURCE + ": expected 'from = to': " + line);
        }
        return new String[] {phrase(line.substring(0, eq)), phrase(line.substring(eq + 1))};
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

    /** Most words in one listed entry, to bound longest-match scans. */
    int longestEntry() {
        return longestEntry;
    }

    /** Country of a nationality adjective ("iranian" → "iran"), or null. */
    String country(String word) {
        return countries.get(word);
    }

    /** A word a title can end in: "chief", "minister", "official". */
    boolean isTitleHead(String word) {
        return titleHeads.contains(word);
    }

    /** Any word that may stand in a title: a head, or "prime", "foreign", "political". */
    boolean isTitleWord(String word) {
        return titleHeads.contains(word) || titleWords.contains(word);
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
