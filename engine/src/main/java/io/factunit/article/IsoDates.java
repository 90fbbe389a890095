package io.factunit.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * ISO dates in metadata. A date-time gives its date as written, in the publisher's own offset, never
 * converted to UTC: that is the day the article's "today" and "on Wednesday" refer to.
 */
final class IsoDates {
    private IsoDates() {
    }

    /** {@code 2024-02-01} or an ISO date-time ({@code 2024-02-01T10:00:00+02:00}); else null. */
    static LocalDate strict(String text) {
        String s = text.strip();
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            try {
                TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(s);
                return LocalDate.from(parsed);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /**
     * A value that starts with an ISO date followed by nothing, a 'T' or a space, as web pages write them
     * ("2024-02-01T10:00:00+0000", "2024-02-01 10:00"); else null.
     */
    static LocalDate leading(String text) {
        String s = text.strip();
        if (s.length() < 10 || (s.length() > 10 && "Tt ".indexOf(s.charAt(10)) < 0)) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
