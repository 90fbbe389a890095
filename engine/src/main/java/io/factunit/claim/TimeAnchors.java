package io.factunit.claim;

import io.factunit.mention.Mention;
import io.factunit.mention.date.DateMention;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The time-anchor qualifier: a date in the same sentence as a mention ("on October 7", "in 2004", "on
 * Sunday"), as its resolved first day or, unresolved, its TimeML value. A toll "in the 2004 tsunami" is then
 * never compared with this week's. The dates are indexed by sentence once, so a claim costs a lookup rather
 * than a walk over every mention of the article.
 */
final class TimeAnchors {
    /** Per sentence, its first two dates in mention order: a date's own anchor is the other one. */
    private final Map<Integer, DateMention[]> firstDates = new HashMap<>();

    TimeAnchors(List<? extends Mention> mentions) {
        for (Mention mention : mentions) {
            // "recently" sets no time apart; "the 2004 tsunami" dates its noun, not the sentence's figures
            if (mention instanceof DateMention date && !date.isVague() && !date.attributive()) {
                DateMention[] dates = firstDates.computeIfAbsent(date.sentence(), s -> new DateMention[2]);
                if (dates[0] == null) {
                    dates[0] = date;
                } else if (dates[1] == null && dates[0] != date) {
                    dates[1] = date;
                }
            }
        }
    }

    /** The anchor of a mention: the first date of its sentence other than itself, or null when there is none. */
    String of(Mention mention) {
        DateMention[] dates = firstDates.get(mention.sentence());
        if (dates == null) {
            return null;
        }
        DateMention date = dates[0] != mention ? dates[0] : dates[1];
        if (date == null) {
            return null;
        }
        return date.isResolved() ? date.first().toString() : date.timex().value();
    }
}
