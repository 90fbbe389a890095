package io.factunit.mention;

/**
 * Something the analysis found in an article's text: a quantity, a date, a duration, a person, a quote.
 * Offsets are into {@link io.factunit.article.Article#text()}. Not sealed: each kind lives in its own package
 * ({@code mention.quantity}, {@code .date}, ...), and outside a named module a sealed type permits only
 * classes of its own package.
 */
public interface Mention {

    /** "quantity", "date", "duration", "person" or "quote". */
    String kind();

    int start();

    int end();

    /** The mention's words as written. */
    String text();

    /** Index of the sentence it was found in. */
    int sentence();
}
