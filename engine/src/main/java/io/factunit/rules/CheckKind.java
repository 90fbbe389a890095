package io.factunit.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of check a rule file can ask for, each with the claim roles it needs. Each kind is one Drools
 * rule template (see io.factunit.check).
 */
public enum CheckKind {
    /** values of one claim agree across articles */
    AGREE("claim"),
    /** a running total does not fall as publication dates advance */
    NOT_DECREASING("claim"),
    /** a part is no larger than its whole */
    AT_MOST("part", "whole"),
    /** parts add up to a total within one article */
    SUM("parts", "total"),
    /** a stated weekday is the weekday of its date */
    WEEKDAY_MATCHES_DATE("claim"),
    /** a stated length matches a stated date range */
    DURATION_MATCHES_RANGE("duration", "range"),
    /** one date is not after another */
    DATE_ORDER("before", "after"),
    /** one person's name is spelled one way across articles */
    SAME_SPELLING("claim"),
    /** one person's role agrees across articles */
    SAME_TITLE("claim"),
    /** one quote is attributed to one speaker */
    SAME_QUOTE("claim"),
    /** the dates articles bind to one event (predicate, holder, role) agree */
    EVENT_DATES_AGREE("claim"),
    /** one quotation is worded the same in every article that quotes it */
    QUOTE_WORDING("claim");

    private final List<String> roles;

    CheckKind(String... roles) {
        this.roles = List.of(roles);
    }

    /** The keys naming claims this kind needs, e.g. part and whole. */
    public List<String> roles() {
        return roles;
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String allYamlNames() {
        return String.join(", ", Arrays.stream(values()).map(CheckKind::yamlName).toList());
    }
}
