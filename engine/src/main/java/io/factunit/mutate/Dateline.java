package io.factunit.mutate;

import io.factunit.article.Article;
import io.factunit.mention.Mention;
import io.factunit.mention.date.DateMention;

/**
 * The dateline: the date at the top of an article that the loader read as its publication date ("Published
 * July 28, 2004"). It is no fact the article states but when the outlet published it, and outlets publish on
 * different days: a changed copy contradicts nothing, and it would only move the article's publication day.
 * Years and dates are not planted in it.
 */
final class Dateline {
    private Dateline() {
    }

    /** Whether {@code mention} is the article's dateline: the first date that states its publication day, read from it. */
    static boolean is(ArticleReading reading, Mention mention) {
        Article article = reading.article();
        if (article.dateOrigin() != Article.DateOrigin.DATELINE || !(mention instanceof DateMention date)
                || !states(date, article)) {
            return false;
        }
        for (Mention other : reading.mentions()) {
            if (other instanceof DateMention earlier && earlier.start() < date.start() && states(earlier, article)) {
                return false;
            }
        }
        return true;
    }

    private static boolean states(DateMention date, Article article) {
        return date.year() == article.published().getYear() && date.month() == article.published().getMonthValue()
                && date.day() == article.published().getDayOfMonth();
    }
}
