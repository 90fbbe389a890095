package io.factunit.article;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One article of a story: its decoded text, as written but for the zero-width characters a reader does not
 * see ({@link VisibleText}), and what is known about it.
 *
 * @param id          short stable id, the file name without extension ("000_3e65c4e6364ee2ab")
 * @param path        the file it was read from
 * @param text        the decoded text without zero-width characters; for HTML the extracted text, for Markdown
 *                    the body after front matter
 * @param title       headline if known, else null
 * @param source      outlet name if known, else null
 * @param url         address if known, else null
 * @param published   publication date if known, else null
 * @param dateOrigin  where the publication date came from
 * @param excluded    boilerplate spans (site furniture) that analysis skips, sorted by start; the text keeps them
 * @param positions   maps offsets in {@code text} to line and column in the file as an editor shows it
 */
@API(status = EXPERIMENTAL, since = "0.1")
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
        excluded = excluded.stream().sorted(Comparator.comparingInt(Span::start)).toList();
    }

    /** The same article with a publication date the editor gives, as story.yaml would. */
    public Article withPublished(LocalDate date) {
        return new Article(id, path, text, title, source, url, date, DateOrigin.METADATA, excluded, positions);
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

    /**
     * The parts of {@code [start, end)} that analysis should read: the range minus the excluded spans, in
     * order. A line that is wholly furniture gives none; a headline glued behind "Leave a Comment" gives the
     * headline alone.
     */
    public List<Span> analysableParts(int start, int end) {
        List<Span> parts = new ArrayList<>();
        int from = start;
        for (Span span : excluded) {
            if (span.end() <= from || span.start() >= end) {
                continue;
            }
            if (span.start() > from) {
                parts.add(new Span(from, span.start()));
            }
            from = Math.max(from, span.end());
        }
        if (from < end) {
            parts.add(new Span(from, end));
        }
        return parts;
    }

    /** A label for messages: source name when known, else the id. */
    public String label() {
        return source == null ? id : id + " (" + source + ")";
    }
}
