package io.factunit.mention;

/**
 * Words in quotation marks, with who said them when the sentence says so.
 *
 * @param quote   the words inside the quotation marks
 * @param speaker full name of the speaker when known (linked within the article), else null
 * @param source  the speaker as the text describes them ("a Hamas source", "Ahelbarra"), else null
 */
public record QuoteMention(int start, int end, String text, int sentence, String quote, String speaker,
                           String source) implements Mention {

    @Override
    public String kind() {
        return "quote";
    }
}
