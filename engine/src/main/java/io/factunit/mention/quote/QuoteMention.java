package io.factunit.mention.quote;

import io.factunit.mention.Mention;

/**
 * Words in quotation marks, with who said them when the sentence says so ({@link QuoteFinder}).
 * {@code start}, {@code end} and {@code text} cover the quotation with its marks; {@code sentence} is the one
 * the opening mark is in (a quotation may run over several sentences of a paragraph).
 *
 * @param quote   the words inside the quotation marks, as written, without a trailing comma
 * @param speaker full name of the speaker when known (linked within the article, "he" resolved), else null;
 *                null for scare quotes ("a “humanitarian” deal")
 * @param source  the speaker as the text describes them ("a Hamas source", "Ahelbarra", "he",
 *                "Netanyahu’s office"), else null
 */
public record QuoteMention(int start, int end, String text, int sentence, String quote, String speaker,
                           String source) implements Mention {

    @Override
    public String kind() {
        return "quote";
    }
}
