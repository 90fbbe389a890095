package io.factunit.check;

import io.factunit.rules.CheckKind;
import java.util.EnumMap;
import java.util.Map;

/** The Java body of each check kind's rule template. */
final class Evaluators {
    private static final Map<CheckKind, GroupEvaluator> BY_KIND = new EnumMap<>(CheckKind.class);

    static {
        BY_KIND.put(CheckKind.AGREE, new AgreeEvaluator());
        BY_KIND.put(CheckKind.NOT_DECREASING, new NotDecreasingEvaluator());
        BY_KIND.put(CheckKind.AT_MOST, new AtMostEvaluator());
        BY_KIND.put(CheckKind.SUM, new SumEvaluator());
        BY_KIND.put(CheckKind.WEEKDAY_MATCHES_DATE, new WeekdayEvaluator());
        BY_KIND.put(CheckKind.DURATION_MATCHES_RANGE, new DurationRangeEvaluator());
        BY_KIND.put(CheckKind.DATE_ORDER, new DateOrderEvaluator());
        BY_KIND.put(CheckKind.SAME_SPELLING, new SpellingEvaluator());
        BY_KIND.put(CheckKind.SAME_TITLE, new TitleEvaluator());
        BY_KIND.put(CheckKind.SAME_QUOTE, new QuoteEvaluator());
        BY_KIND.put(CheckKind.QUOTE_WORDING, new QuoteWordingEvaluator());
    }

    private Evaluators() {
    }

    static GroupEvaluator of(CheckKind kind) {
        return BY_KIND.get(kind);
    }
}
