package io.factunit.mention.duration;

import io.factunit.mention.Mention;
import io.factunit.mention.Timex;
import java.time.Period;

/**
 * A length of time in the text: "10 weeks", "one-week truce", "six-week halt".
 *
 * @param period the length ("P1W" as 7 days)
 * @param head   lemma of the noun it describes ("truce" for "one-week truce"), or null
 * @param timex  TimeML normalisation (DURATION, "P1W")
 */
public record DurationMention(int start, int end, String text, int sentence, Period period, String head,
                              Timex timex) implements Mention {

    @Override
    public String kind() {
        return "duration";
    }

    /** Approximate length in days, for comparison with date ranges. */
    public long days() {
        return period.getYears() * 365L + period.getMonths() * 30L + period.getDays();
    }
}
