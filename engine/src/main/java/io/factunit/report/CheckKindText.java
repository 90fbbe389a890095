package io.factunit.report;

import io.factunit.rules.CheckDefinition;

/** What a kind of check verifies, in words for people reading a report (SARIF rule help, HTML). */
final class CheckKindText {
    private CheckKindText() {
    }

    /** "agree: the values of prisoners-released must agree across articles ...". */
    static String describe(CheckDefinition check) {
        String claims = String.join(", ", check.allClaims());
        String what = switch (check.kind()) {
            case AGREE -> "the values of " + claims + " must agree across articles (their ranges overlap, within"
                    + " the check's tolerance); the article that disagrees with the majority is reported";
            case NOT_DECREASING -> "a running total (" + claims + ") must not fall as publication dates advance";
            case AT_MOST -> "a part (" + String.join(", ", check.claims("part")) + ") must be no larger than its"
                    + " whole (" + String.join(", ", check.claims("whole")) + "), within and across articles";
            case SUM -> "within one article, the parts (" + String.join(", ", check.claims("parts"))
                    + ") must not add up to more than the total (" + String.join(", ", check.claims("total")) + ")";
            case WEEKDAY_MATCHES_DATE -> "a weekday written with a date (" + claims + ") must be the weekday that"
                    + " date falls on";
            case DURATION_MATCHES_RANGE -> "a stated length (" + String.join(", ", check.claims("duration"))
                    + ") must match the stated dates (" + String.join(", ", check.claims("range")) + ")";
            case DATE_ORDER -> "within one article, " + String.join(", ", check.claims("before"))
                    + " must not be after " + String.join(", ", check.claims("after"));
            case SAME_SPELLING -> "one person (" + claims + ") must be spelled the same way in every article";
            case SAME_TITLE -> "one person's role (" + claims + ") must agree across articles";
            case SAME_QUOTE -> "one quote (" + claims + ") must be attributed to the same speaker in every article";
            case EVENT_DATES_AGREE -> "the dates articles give one event (" + claims + ": the same predicate, object,"
                    + " holder and role, such as \"Smith was elected in 2010\") must agree, at the granularity both"
                    + " state";
            case QUOTE_WORDING -> "one quotation (" + claims + ") must be worded the same in every article that"
                    + " quotes it; a quote cut shorter, an ellipsis, a bracketed insertion or another spelling"
                    + " convention is faithful, a changed word is shown as a word diff";
        };
        return check.kind().yamlName() + ": " + what + ".";
    }

    /** What an editor does about a finding of this check. */
    static String help(CheckDefinition check) {
        return describe(check) + " Read the sentences at the reported locations and correct the article that"
                + " is wrong; a difference reviewed and found acceptable can be recorded in a baseline file"
                + " (--baseline) so it no longer fails.";
    }
}
