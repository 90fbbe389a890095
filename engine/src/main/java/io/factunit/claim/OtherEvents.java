package io.factunit.claim;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.mention.Mention;
import io.factunit.mention.date.DateMention;
import io.factunit.mention.quantity.QuantityMention;
import io.factunit.mention.quantity.NumberParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event qualifier: the year of another event a sentence names, so that a figure about it ("the 2004
 * tsunami killed 230,000", "last year's fire destroyed 40 homes", "the 1997 Mississippi case, in which 12
 * jurors...") is compared only with figures about that year's event, never with the story's own. Another event
 * is named by a date that states a year ("in 2004", "December 26, 2004", "March 2007"), a date a year long
 * ("last year", "two years ago": its year, or its words when the publication date is unknown), or a year
 * before a noun ("the 2004 tsunami", "Israel's 2006 war"), which is no date of its own. A weekday, a day or a
 * month without a year ("on Tuesday", "October 7", "last month") is the story's own time, which the
 * time-anchor and published qualifiers speak to, unless it lies more than a month from the publication date
 * ("in February" in an article of November): then its month names another event. A date after the figure
 * names its event only when bound to the figure's verb ({@link #dates}).
 */
final class OtherEvents {
    /** How far from the publication date a date may lie and still be the story's own time. */
    private static final int OWN_TIME_DAYS = 31;
    /** "2005-02" of a TimeML value: the month of another event. */
    private static final int MONTH_CHARS = 7;

    /** Per sentence, the dates that name another event's year, in text order. */
    private final Map<Integer, List<DateMention>> yearDates = new HashMap<>();

    private final LocalDate published;

    /** The other events named in an article's sentences; {@code published} may be null (unknown). */
    OtherEvents(List<? extends Mention> mentions, LocalDate published) {
        this.published = published;
        for (Mention mention : mentions) {
            if (mention instanceof DateMention date && !date.isVague() && event(date) != null) {
                yearDates.computeIfAbsent(date.sentence(), s -> new ArrayList<>(1)).add(date);
            }
        }
    }

    /** The event a date names: its year ({@link #year}), or its month when it lies a month or more from the publication date. */
    private String event(DateMention date) {
        String year = year(date);
        if (year != null || published == null || !date.isResolved()) {
            return year;
        }
        boolean far = date.last().isBefore(published.minusDays(OWN_TIME_DAYS))
                || date.first().isAfter(published.plusDays(OWN_TIME_DAYS));
        String value = date.timex().value();
        return far ? value.substring(0, Math.min(MONTH_CHARS, value.length())) : null;
    }

    /** The year of the first other event named in the mention's sentence, outside the mention; null if none. */
    String of(Mention mention, Sentence sentence) {
        String found = null;
        int at = Integer.MAX_VALUE;
        for (DateMention date : yearDates.getOrDefault(mention.sentence(), List.of())) {
            if (date != mention && !inside(date.start(), mention) && dates(date, mention)) {
                found = event(date);
                at = date.start();
                break;
            }
        }
        List<Token> tokens = sentence.tokens();
        for (int i = 1; i + 1 < tokens.size() && tokens.get(i).start() < at; i++) {
            if (isYearBeforeNoun(tokens, i) && !inside(tokens.get(i).start(), mention)) {
                return tokens.get(i).text();
            }
        }
        return found;
    }

    /**
     * Whether a date of the sentence dates the figure: one before it sets the scene ("In 2004, a tsunami killed
     * 230,000"); one after it only when bound to the figure's own verb ("killed 230,000 in 2004"). A later date
     * of another clause is that clause's ("sentenced to seven life terms for the crimes he committed on March
     * 11, 2005"). An age is dated by any year of its sentence: "the 29-year-old Gigante ... was acquitted in
     * 1958".
     */
    private static boolean dates(DateMention date, Mention mention) {
        if (date.start() < mention.start() || !(mention instanceof QuantityMention q)
                || q.isAge()) {
            return true; // an age is the person's at any time the sentence names: "the 29-year-old ... in 1958"
        }
        return q.verb() != null && date.event() != null
                && date.event().predicate().split(" ")[0].equals(q.verb());
    }

    /** The year a date names as another event's, or null when it is a day, weekday or month of the story's. */
    static String year(DateMention date) {
        if (date.year() != 0) {
            return String.valueOf(date.year());
        }
        String value = date.timex().value();
        if (value.length() != 4) {
            return null;
        }
        return value.equals("XXXX") ? date.text().toLowerCase(Locale.ROOT) : value;
    }

    /** "the 2004 tsunami", "its 2008 season", "Israel's 2006 war": a year between a determiner and a noun. */
    private static boolean isYearBeforeNoun(List<Token> tokens, int i) {
        Token year = tokens.get(i);
        if (!NumberParser.isYearLike(year.text())) {
            return false;
        }
        String before = tokens.get(i - 1).upos();
        String after = tokens.get(i + 1).upos();
        return ("DET".equals(before) || "PRON".equals(before) || "PART".equals(before))
                && ("NOUN".equals(after) || "PROPN".equals(after) || "ADJ".equals(after));
    }

    private static boolean inside(int offset, Mention mention) {
        return offset >= mention.start() && offset < mention.end();
    }
}
