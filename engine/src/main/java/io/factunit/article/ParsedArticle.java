package io.factunit.article;

/**
 * An article file as its format reader understood it, before the manifest, dateline and boilerplate.
 *
 * @param text      the text to analyse
 * @param metadata  what the file says about itself
 * @param positions offsets in {@code text} to line and column in the file
 */
record ParsedArticle(String text, ArticleMetadata metadata, PositionMap positions) {
}
