package io.factunit.claim;

import io.factunit.mention.date.DateEvent;
import io.factunit.mention.date.DateMention;

/**
 * What an event date claim must share with another before their dates are compared, as the claim's qualifier
 * reads: "event=host oscar, holder=degeneres, role=at, tense=past". The tense keeps a plan apart from a past
 * event of the same words ("will host the Oscars next year", "hosted the Oscars in 2007").
 */
final class EventKey {
    private EventKey() {
    }

    static String of(DateMention date) {
        DateEvent event = date.event();
        DateEvent.VerbTense tense = date.future() ? DateEvent.VerbTense.FUTURE
                : event.tense() == null ? DateEvent.VerbTense.PAST : event.tense();
        return "event=" + event.event() + ", holder=" + (event.holder() == null ? "none" : event.holder())
                + ", role=" + event.role().yamlName() + ", tense=" + tense.yamlName();
    }
}
