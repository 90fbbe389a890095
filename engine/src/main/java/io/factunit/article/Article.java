package io.factunit.article;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One article of a story: its original decoded text, unchanged, and what is known about it.
 *
 * @param id          short stable id, the file name without extension ("000_3e65c4e6364ee2ab")
 * @param path        the file it was read from
 * @param text        the decoded text; for HTML the extracted text, for Markdown the body after front matter
 * @param title       headline if known, else null
 * @param source      outlet name if known, else null
 * @param url         address if known, else null
 * @param published   publication date if known, else null
 * @param dateOrigin  where the publication date came from
 * @param excluded    boilerplate spans (site furniture) that analysis skips; the text keeps them
 * @param positions   maps offsets in {@code text} to line and column in the file as an editor shows it
 */
public record Article(
        String id,
        Path path,
        String text,
        String title,
        String source,
        String url,
        LocalDate published,
        DateOrigin dateOrigin,
        List<Span> excluded,
        PositionMap positions) {

    public enum DateOrigin { METADATA, DATELINE, UNKNOWN }

    public Article {
        excluded = List.copyOf(excluded);
    }

    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** Line and column, in the file as opened in an editor, of an offset into {@link #text()}. */
    public TextPosition position(int offset) {
        return positions.position(offset);
    }

    public boolean isExcluded(int offset) {
        for (Span span : excluded) {
            if (span.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /** A label for messages: source name when known, else the id. */
    public String label() {
        return source == null ? id : id + " (" + source + ")";
    }
}
