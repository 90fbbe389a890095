package io.factunit.mention.person;

import io.factunit.mention.NamedPerson;

/**
 * A named person, with a title when the text binds one to the name ({@link PersonFinder}).
 * {@code start}, {@code end} and {@code text} cover the name as written in this place ("Ismail Haniyeh", or
 * just "Haniyeh"), not the title.
 *
 * @param name    the full name as written, spelling untouched ("Hossein Amir-Abdolahian"); for a
 *                surname-only reference, the full name it was linked to within the article
 * @param surname last word of the full name, with particles before it ("Amir-Abdolahian", "al-Nahl",
 *                "Al Thani")
 * @param title   the title as written, a leading article or "the country's" dropped ("CIA chief",
 *                "Director of the CIA", "Iran’s Foreign Minister"); null when none is bound to the name, for
 *                surname-only references, and for a bare possessive outlet ("Al Jazeera’s Hashem Ahelbarra")
 * @param role    the title normalised for comparison by {@link RoleNormalizer}: "ROLE of QUALIFIER", lower
 *                case, articles dropped, nationality turned into its country, synonyms mapped ("director of
 *                cia", "foreign minister of iran", "head of political bureau of hamas"); null with the title
 */
public record PersonMention(int start, int end, String text, int sentence, String name, String surname,
                            String title, String role) implements NamedPerson {

    @Override
    public String kind() {
        return "person";
    }
}
