package io.factunit.check;

import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The parts of a personal name that spelling is judged on, and when two spellings are variants of one
 * another. Middle names, initials, honorifics and suffixes come and go between outlets ("Edward J. Markey",
 * "Mr. Markey", "Arcade Comeaux Jr.") and nicknames are a choice ("Mo Cheeks"), not a misspelling; what an
 * editor wants caught is the same given name or surname written with different letters: "Amirabdollahian"
 * and "Amir-Abdolahian", "Hefner" and "Heffner", "Carolos" and "Karolos". The gender is an honorific's
 * ("Miss Jenkin": female) or the given name's ({@code given-name.txt}), or empty when neither says.
 */
record NameSpelling(String given, String surname, String gender) {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Reads names with the words of one language that are part of no spelling. */
    static final class Reader {
        /** "Jr.", "III" ({@code name-suffix.txt}). */
        private final Set<String> suffixes;
        /** "Mr.", "Dr." ({@code honorific.txt}). */
        private final Set<String> honorifics;
        /** Particles that stand before a surname and are no given name: "Abu Askar", "al-Nahl", "van Gogh". */
        private final Set<String> particles;
        /** "miss" → "female" ({@code honorific.txt}). */
        private final Map<String, String> honorificGenders = new HashMap<>();
        private final Language language;

        Reader(Language language) {
            suffixes = asLetters(language.words(WordList.NAME_SUFFIX).words());
            honorifics = asLetters(language.words(WordList.HONORIFIC).words());
            particles = asLetters(language.words(WordList.NAME_PARTICLE).words());
            for (WordTable.Row row : language.words(WordList.HONORIFIC).rows()) {
                if (!row.column(1).isEmpty()) {
                    honorificGenders.put(NameSpelling.letters(row.word()), row.column(1));
                }
            }
            this.language = language; // the given names are read in the background: asked for when first needed
        }

        NameSpelling of(String name) {
            List<String> words = new ArrayList<>();
            String[] written = SPACES.split(name.trim());
            if (written.length > 1 && letters(written[written.length - 1]).length() == 1) {
                // "Walter F.": a name cut at an initial writes no surname; its last word is a given name
                String given = letters(written[written.length - 2]);
                return new NameSpelling(given, "", genderOf(given, ""));
            }
            String honorificGender = "";
            for (String word : written) {
                String letters = letters(word);
                honorificGender = honorificGenders.getOrDefault(letters, honorificGender);
                if (letters.length() <= 1 || suffixes.contains(letters) || honorifics.contains(letters)) {
                    continue; // initials, "Jr.", "Mr."
                }
                words.add(letters);
            }
            if (words.isEmpty()) {
                return new NameSpelling("", letters(name), honorificGender);
            }
            // the surname with its particles ("Al Homoud" is "Al-Homoud"), the given name before them
            int first = words.size() - 1;
            while (first > 1 && particles.contains(words.get(first - 1))) {
                first--;
            }
            String surname = String.join("", words.subList(first, words.size()));
            String given = "";
            for (int i = first - 1; i >= 0; i--) {
                if (!particles.contains(words.get(i))) {
                    given = words.get(i);
                    break;
                }
            }
            return new NameSpelling(given, surname, genderOf(given, honorificGender));
        }

        /** An honorific's gender, else the given name's, else empty. */
        private String genderOf(String given, String honorificGender) {
            if (!honorificGender.isEmpty() || given.isEmpty()) {
                return honorificGender;
            }
            String gender = language.words(WordList.GIVEN_NAME).value(given);
            return gender == null ? "" : gender;
        }

        /** The listed words as names are compared: letters only ("al-" is "al"). */
        private static Set<String> asLetters(Set<String> words) {
            Set<String> letters = new HashSet<>();
            words.forEach(word -> letters.add(NameSpelling.letters(word)));
            return Set.copyOf(letters);
        }
    }

    /** Whether the two may be one person by gender: the same, or either unknown. */
    boolean genderAgrees(NameSpelling other) {
        return gender.isEmpty() || other.gender.isEmpty() || gender.equals(other.gender);
    }

    /** Whether two spellings write the same letters, a left-out given name matching any. */
    boolean sameLetters(NameSpelling other) {
        return surname.equals(other.surname) && (given.equals(other.given) || given.isEmpty() || other.given.isEmpty());
    }

    /** Whether two spellings name one person with different letters. */
    boolean isVariantOf(NameSpelling other) {
        boolean sameSurname = surname.equals(other.surname);
        boolean sameGiven = given.equals(other.given) || given.isEmpty() || other.given.isEmpty();
        return sameSurname && variant(given, other.given) || sameGiven && variant(surname, other.surname);
    }

    /**
     * Different letters, not one the start of the other (an abbreviation or nickname: "Sam", "Samuel")
     * unless the longer only doubles the last letter ("Flyn", "Flynn"), and close: one edit for short words,
     * two for words of six letters or more.
     */
    static boolean variant(String a, String b) {
        if (a.equals(b) || a.length() < 3 || b.length() < 3) {
            return false;
        }
        if (a.startsWith(b) || b.startsWith(a)) {
            return doublesLast(a.length() > b.length() ? a : b, Math.min(a.length(), b.length()));
        }
        int distance = DISTANCE.apply(a, b);
        return distance >= 0 && distance <= (Math.min(a.length(), b.length()) >= 6 ? 2 : 1);
    }

    /** Whether {@code longer} is a word of {@code length} letters with its last letter doubled. */
    private static boolean doublesLast(String longer, int length) {
        return longer.length() == length + 1 && longer.charAt(length) == longer.charAt(length - 1);
    }

    /** Lower-case letters only: accents, hyphens, spaces and dots do not make a spelling. */
    static String letters(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetter(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
