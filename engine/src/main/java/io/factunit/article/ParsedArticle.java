package io.factunit.article;

/**
 * An article file as its format reader understood it, before the manifest, dateline and boilerplate.
 *
 * @param text           the text to analyse
 * @param metadata       what the file says about itself
 * @param positions      offsets in {@code text} to line and column in the file
 * @param unreadableDate a publication date the file gives that is no date, or null; refused unless
 *                       story.yaml gives the date
 */
record ParsedArticle(String text, ArticleMetadata metadata, PositionMap positions, DateProblem unreadableDate) {
    ParsedArticle(String text, ArticleMetadata metadata, PositionMap positions) {
        this(text, metadata, positions, null);
    }

    /** Where in the file a date stands that cannot be read, and why (one sentence). */
    record DateProblem(TextPosition at, String reason) {
    }
}
