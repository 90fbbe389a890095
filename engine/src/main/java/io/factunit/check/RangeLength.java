package io.factunit.check;

import io.factunit.mention.DateMention;
import java.time.temporal.ChronoUnit;

/** Days from a date range's first to its last day; -1 when the range's ends are not known. */
final class RangeLength {
    private RangeLength() {
    }

    static long days(DateMention date) {
        if (date.isResolved()) {
            return ChronoUnit.DAYS.between(date.first(), date.last());
        }
        return -1;
    }
}
