package io.factunit.check;

import io.factunit.mention.person.PersonMention;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How a person's surname sounds: the Double Metaphone code of the surname with hyphens, spaces and accents
 * removed. "Amirabdollahian" and "Amir-Abdolahian" sound alike, so {@link NameIdentities} can take them for
 * one person and a spelling check compare them.
 */
final class PersonIdentity {
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    /** Compiled once: String.split and replaceAll compile their pattern on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    static {
        METAPHONE.setMaxCodeLen(16);
    }

    private PersonIdentity() {
    }

    /** A speaker's identity from a name as written: the sound of its last word. */
    static String ofName(String name) {
        String[] words = SPACES.split(name.trim());
        String surname = letters(words[words.length - 1]);
        String code = METAPHONE.doubleMetaphone(surname);
        return code == null || code.isEmpty() ? surname : code;
    }

    /** The surname's sound alone: the group within which spellings are compared. */
    static String ofSurname(PersonMention person) {
        String[] words = SPACES.split(person.name().trim());
        String surname = letters(person.surname() == null ? words[words.length - 1] : person.surname());
        String code = METAPHONE.doubleMetaphone(surname);
        return code == null || code.isEmpty() ? surname : code;
    }

    private static String letters(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetter(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
