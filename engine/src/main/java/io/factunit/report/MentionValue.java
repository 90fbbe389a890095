package io.factunit.report;

import io.factunit.check.ValueText;
import io.factunit.mention.Mention;
import io.factunit.mention.Timex;
import io.factunit.mention.date.DateMention;
import io.factunit.mention.duration.DurationMention;
import io.factunit.mention.quantity.QuantityMention;
import io.factunit.mention.quote.QuoteMention;

/**
 * A mention's value as the checks compare it, in the words of check messages ({@link ValueText}), so what
 * {@code factunit mentions} shows is what a failing check will quote: "at least 100", "2024-02-01",
 * "Ismail Haniyeh (Hamas chief)". A duration is its length in days, the unit checks compare lengths in; a quote
 * is its words without the marks.
 */
final class MentionValue {
    private MentionValue() {
    }

    public static String of(Mention mention) {
        if (mention instanceof QuantityMention q) {
            return ValueText.quantity(q.value());
        }
        if (mention instanceof DurationMention d) {
            return d.days() == 1 ? "1 day" : d.days() + " days";
        }
        if (mention instanceof QuoteMention q) {
            return q.quote();
        }
        return ValueText.of(mention);
    }

    /** The TIMEX3 normalisation of a date or duration; null for the other kinds. */
    public static Timex timex(Mention mention) {
        if (mention instanceof DateMention d) {
            return d.timex();
        }
        return mention instanceof DurationMention d ? d.timex() : null;
    }
}
