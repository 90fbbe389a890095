/**
 * Stage one: story folders into {@link io.factunit.article.Article}s.
 * <ul>
 *   <li>{@link io.factunit.article.StoryLoader} reads a folder (or, with {@code loadAll}, a folder of story
 *       folders): .txt, .md/.markdown (YAML front matter), .html/.htm (jsoup), in file-name order, and an
 *       optional story.yaml whose entries win over what the files say about themselves.</li>
 *   <li>Texts are kept as read; every offset maps to the line and column of the file
 *       ({@link io.factunit.article.PositionMap}), for HTML back into the markup.</li>
 *   <li>Site furniture is listed in {@code boilerplate.txt} and recorded as excluded spans, whole lines or the
 *       glued start or end of a line; analysis reads {@link io.factunit.article.Article#analysableParts}.</li>
 *   <li>A missing publication date may come from a dateline near the top of the text, never from the clock.</li>
 *   <li>Bad input of any kind is one {@link io.factunit.article.InputException},
 *       {@code FILE:LINE:COLUMN: reason}.</li>
 * </ul>
 */
package io.factunit.article;
