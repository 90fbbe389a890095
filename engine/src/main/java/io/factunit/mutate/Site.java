package io.factunit.mutate;

import io.factunit.mention.Mention;

/**
 * A place where a plant can go: text of one article that states a fact, keyed by the words that state it.
 * Two sites with the same {@code fact} in different articles state the same fact in the same words.
 *
 * @param kind      what would be planted
 * @param article   the article
 * @param mention   the mention the fact is read from
 * @param target    the text a plant changes (a number, a year, a day, a surname) or, for a quote, the quote
 * @param fact      the key: the fact's words as {@link FactWords} normalises them
 * @param factStart where the words of the fact start in the article's text (context included)
 * @param factEnd   where they end
 */
record Site(PlantKind kind, ArticleReading article, Mention mention, Located target, String fact, int factStart,
            int factEnd) {
}
