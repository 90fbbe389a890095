package io.factunit.mention.quote;

import io.factunit.mention.Mention;
import java.util.List;

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
 * @param words   the quoted words as other outlets' quotations of them are compared ({@link QuoteWords})
 */
public record QuoteMention(int start, int end, String text, int sentence, String quote, String speaker,
                           String source, List<QuoteWord> words) implements Mention {

    public QuoteMention {
        words = List.copyOf(words);
    }

    /** The same quotation, said by someone else. */
    QuoteMention withSpeaker(String newSpeaker, String newSource) {
        return new QuoteMention(start, end, text, sentence, quote, newSpeaker, newSource, words);
    }

    @Override
    public String kind() {
        return "quote";
    }
}
