package io.factunit.check;

import io.factunit.mention.Mention;
import io.factunit.mention.date.DateMention;
import io.factunit.mention.duration.DurationMention;
import io.factunit.mention.person.PersonMention;
import io.factunit.mention.quantity.Quantity;
import io.factunit.mention.quantity.QuantityMention;
import io.factunit.mention.quote.QuoteMention;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How a claim's value reads in a message: "240", "at least 100", "nearly 20,000", "2024-02-01". */
public final class ValueText {
    private ValueText() {
    }

    public static String of(Mention mention) {
        if (mention instanceof QuantityMention q) {
            return quantity(q.value());
        }
        if (mention instanceof DateMention d) {
            return d.isResolved() ? (d.isRange() ? d.first() + " to " + d.last() : d.first().toString())
                    : d.timex().value();
        }
        if (mention instanceof DurationMention d) {
            return d.text() + " (" + d.days() + " days)";
        }
        if (mention instanceof PersonMention p) {
            return p.title() == null ? p.name() : p.name() + " (" + p.title() + ")";
        }
        if (mention instanceof QuoteMention q) {
            return "“" + q.quote() + "”";
        }
        return mention.text();
    }

    public static String quantity(Quantity value) {
        String n = number(value.nominal());
        return switch (value.precision()) {
            case EXACT -> n;
            case APPROXIMATE -> "about " + n;
            case JUST_UNDER -> "nearly " + n;
            case MORE_THAN -> "more than " + n;
            case AT_LEAST -> "at least " + n;
            case LESS_THAN -> "fewer than " + n;
            case AT_MOST -> "at most " + n;
            case RANGE -> number(value.low()) + "-" + number(value.high());
            case VAGUE -> number(value.low()) + " to " + number(value.high());
            case PAIR -> n + "-" + number(value.second());
        };
    }

    /** One format per thread: DecimalFormat is not thread-safe, and making one per number cost more than using it. */
    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    /** Grouped thousands, no trailing zeros, locale-independent. */
    public static String number(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        return FORMAT.get().format(value);
    }
}
