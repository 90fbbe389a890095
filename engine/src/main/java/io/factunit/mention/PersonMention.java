package io.factunit.mention;

/**
 * A named person, with a title when the text gives one.
 *
 * @param name    the full name as written ("Hossein Amir-Abdolahian"); for a surname-only reference, the
 *                full name it was linked to within the article
 * @param surname last word of the name ("Amir-Abdolahian")
 * @param title   the role as written ("CIA chief", "Director of the CIA", "Iranian Foreign Minister"), or null
 * @param role    the role normalised for comparison, lower case, nationality words and articles dropped
 *                ("director of cia", "foreign minister"), or null
 */
public record PersonMention(int start, int end, String text, int sentence, String name, String surname,
                            String title, String role) implements Mention {

    @Override
    public String kind() {
        return "person";
    }
}
