package io.factunit.mention.date;

/**
 * The event a date is the date of, worked out from the sentence's words and parts of speech: "DeGeneres hosted
 * the Oscars in 2007" binds 2007 to predicate {@code host}, object {@code oscars}, holder {@code degeneres}, role
 * {@link Role#AT}. A date modifying a noun ("the September 11 attacks", "this year's show") or following one in
 * a phrase of its own ("after the conviction in 1997") is bound to that noun, not to the sentence's verb, so the
 * date of another event in the same sentence stays apart.
 *
 * @param predicate lemma of the verb, or of the event noun when {@code nominal}
 * @param particle  a preposition right after the verb that is part of the event ("into" in "checked into",
 *                  "out" in "checked out of"), lower case, or null
 * @param object    lemma of the head of the verb's object or complement ("oscars", "center"), or null
 * @param holder    lemma of the head of the subject ("degeneres" for "Ellen DeGeneres", "lohan"), or of the
 *                  possessor of an event noun ("Lohan's March 2 hearing"); null when the subject is a pronoun or
 *                  cannot be told
 * @param role      what the date is to the event: its time, its start, its end, or its whole span
 * @param nominal   true when the predicate is an event noun rather than a verb
 * @param tense     the verb's tense ("hosted": PAST, "hosts", "is set for": PRESENT, "will host", "to host":
 *                  FUTURE); null for an event noun, which has none
 * @param negated   true when the verb is negated ("has not had a government since 1991"): an event of its own
 */
public record DateEvent(String predicate, String particle, String object, String holder, Role role, boolean nominal,
                        VerbTense tense, boolean negated) {

    /** The tense of the verb an event date is bound to, from its form and auxiliaries. */
    public enum VerbTense {
        PAST, PRESENT, FUTURE;

        public String yamlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What the date is to its event, from the preposition before it. */
    public enum Role {
        /** "in 2010", "on March 5", "Tuesday": when it happened */
        AT,
        /** "from 1967", "since 2010": when it began */
        START,
        /** "to 1979", "until 2019": when it ended or ends */
        END,
        /** "November 24 to December 1": a stated range, both ends */
        SPAN,
        /** "before 2010", "ahead of Sunday's vote": a limit the event came or comes before */
        BEFORE,
        /** "after 2012", "following the vote": a limit the event came or comes after */
        AFTER,
        /** "must act by May 9": a deadline */
        BY;

        public String yamlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** "host oscar", "check into center", "not have government": predicate, particle and object, those there are. */
    public String event() {
        StringBuilder event = new StringBuilder(negated ? "not " + predicate : predicate);
        if (particle != null) {
            event.append(' ').append(particle);
        }
        if (object != null) {
            event.append(' ').append(object);
        }
        return event.toString();
    }
}
