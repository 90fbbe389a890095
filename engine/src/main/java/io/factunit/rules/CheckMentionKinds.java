package io.factunit.rules;

/** Which mention kind each role of each check kind needs; null where any kind will do. */
final class CheckMentionKinds {
    private CheckMentionKinds() {
    }

    static MentionKind required(CheckKind kind, String role) {
        return switch (kind) {
            case AGREE -> null;
            case NOT_DECREASING, AT_MOST, SUM -> MentionKind.QUANTITY;
            case WEEKDAY_MATCHES_DATE, DATE_ORDER, EVENT_DATES_AGREE -> MentionKind.DATE;
            case DURATION_MATCHES_RANGE -> role.equals("duration") ? MentionKind.DURATION : MentionKind.DATE;
            case SAME_SPELLING, SAME_TITLE -> MentionKind.PERSON;
            case SAME_QUOTE, QUOTE_WORDING -> MentionKind.QUOTE;
        };
    }
}
