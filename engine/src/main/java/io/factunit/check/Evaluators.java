package io.factunit.check;

import io.factunit.language.Language;
import io.factunit.rules.CheckKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Java body of each check kind's rule template, reading the words of one language (name particles and
 * honorifics, pronouns, offices), as the mention finders do.
 */
final class Evaluators {
    private final Map<CheckKind, GroupEvaluator> byKind = new EnumMap<>(CheckKind.class);

    Evaluators(Language language) {
        byKind.put(CheckKind.AGREE, new AgreeEvaluator());
        byKind.put(CheckKind.NOT_DECREASING, new NotDecreasingEvaluator());
        byKind.put(CheckKind.AT_MOST, new AtMostEvaluator());
        byKind.put(CheckKind.SUM, new SumEvaluator());
        byKind.put(CheckKind.WEEKDAY_MATCHES_DATE, new WeekdayEvaluator());
        byKind.put(CheckKind.DURATION_MATCHES_RANGE, new DurationRangeEvaluator());
        byKind.put(CheckKind.DATE_ORDER, new DateOrderEvaluator());
        NameSpelling.Reader names = new NameSpelling.Reader(language);
        byKind.put(CheckKind.SAME_SPELLING, new SpellingEvaluator(names));
        byKind.put(CheckKind.SAME_TITLE, new TitleEvaluator(new Offices(language), names));
        byKind.put(CheckKind.SAME_QUOTE, new QuoteEvaluator(language));
        byKind.put(CheckKind.EVENT_DATES_AGREE, new EventDatesEvaluator());
        byKind.put(CheckKind.QUOTE_WORDING, new QuoteWordingEvaluator());
    }

    GroupEvaluator of(CheckKind kind) {
        return byKind.get(kind);
    }
}
