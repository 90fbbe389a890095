package io.factunit.check;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The parts of a personal name that spelling is judged on, and when two spellings are variants of one
 * another. Middle names, initials, honorifics and suffixes come and go between outlets ("Edward J. Markey",
 * "Mr. Markey", "Arcade Comeaux Jr.") and nicknames are a choice ("Mo Cheeks"), not a misspelling; what an
 * editor wants caught is the same given name or surname written with different letters: "Amirabdollahian"
 * and "Amir-Abdolahian", "Hefner" and "Heffner", "Carolos" and "Karolos".
 */
record NameSpelling(String given, String surname) {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord",
            "lady", "rev", "prof");
    /** Particles that stand before a surname and are no given name: "Abu Askar", "al-Nahl", "van Gogh". */
    private static final Set<String> PARTICLES = Set.of("abu", "al", "el", "bin", "ibn", "ben", "de", "del", "della",
            "di", "da", "du", "van", "von", "der", "den", "le", "la", "st", "mac", "mc");
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static NameSpelling of(String name) {
        List<String> words = new ArrayList<>();
        for (String word : SPACES.split(name.trim())) {
            String letters = letters(word);
            if (letters.length() <= 1 || SUFFIXES.contains(letters) || HONORIFICS.contains(letters)) {
                continue; // initials, "Jr.", "Mr."
            }
            words.add(letters);
        }
        if (words.isEmpty()) {
            return new NameSpelling("", letters(name));
        }
        String surname = words.get(words.size() - 1);
        String given = "";
        for (int i = words.size() - 2; i >= 0; i--) {
            if (!PARTICLES.contains(words.get(i))) {
                given = words.get(i);
                break;
            }
        }
        return new NameSpelling(given, surname);
    }

    /** Whether two spellings name one person with different letters. */
    boolean isVariantOf(NameSpelling other) {
        boolean sameSurname = surname.equals(other.surname);
        boolean sameGiven = given.equals(other.given) || given.isEmpty() || other.given.isEmpty();
        return sameSurname && variant(given, other.given) || sameGiven && variant(surname, other.surname);
    }

    /**
     * Different letters, not one the start of the other (an abbreviation or nickname: "Sam", "Samuel"),
     * and close: one edit for short words, two for words of six letters or more.
     */
    static boolean variant(String a, String b) {
        if (a.equals(b) || a.length() < 3 || b.length() < 3 || a.startsWith(b) || b.startsWith(a)) {
            return false;
        }
        int distance = DISTANCE.apply(a, b);
        return distance >= 0 && distance <= (Math.min(a.length(), b.length()) >= 6 ? 2 : 1);
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
