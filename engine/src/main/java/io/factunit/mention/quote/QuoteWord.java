package io.factunit.mention.quote;

import java.util.Set;

/**
 * One word of a quotation as compared with other outlets' quotations of it ({@link QuoteWords}).
 *
 * @param written  the word as the article writes it ("favour", "we'll", "[the president]", "...")
 * @param piece    which written word of the quotation it comes from, counting from 0: "we'll" gives two
 *                 words of one piece
 * @param form     the form compared: lower case, one spelling convention, numbers in digits, contractions
 *                 written out ("we'll" is two words, "we" and "will"); empty for a gap
 * @param readings other forms the word may stand for ("'s" is "is" or "has"), else empty
 * @param gap      an ellipsis or a bracketed insertion: it stands for any words, so nothing around it is
 *                 a change
 */
public record QuoteWord(String written, int piece, String form, Set<String> readings, boolean gap) {
    public QuoteWord {
        readings = Set.copyOf(readings);
    }

    static QuoteWord word(String written, int piece, String form) {
        return new QuoteWord(written, piece, form, Set.of(), false);
    }

    static QuoteWord gap(String written, int piece) {
        return new QuoteWord(written, piece, "", Set.of(), true);
    }

    /** Whether two words are one word of the quotation: same form, or one may be read as the other. */
    public boolean sameAs(QuoteWord other) {
        if (gap || other.gap) {
            return false;
        }
        return form.equals(other.form) || readings.contains(other.form) || other.readings.contains(form);
    }
}
