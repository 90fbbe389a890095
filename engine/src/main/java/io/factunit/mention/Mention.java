package io.factunit.mention;

/**
 * Something the analysis found in an article's text: a quantity, a date, a duration, a person, a quote.
 * Offsets are into {@link io.factunit.article.Article#text()}.
 */
public sealed interface Mention permits QuantityMention, DateMention, DurationMention, PersonMention, QuoteMention {

    /** "quantity", "date", "duration", "person" or "quote". */
    String kind();

    int start();

    int end();

    /** The mention's words as written. */
    String text();

    /** Index of the sentence it was found in. */
    int sentence();
}
