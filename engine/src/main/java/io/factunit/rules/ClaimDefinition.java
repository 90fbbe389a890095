package io.factunit.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a mention must look like to count as a claim of this kind. Empty sets mean "any".
 *
 * @param id          kebab-case id referenced by checks ("prisoners-released")
 * @param title       what editors read ("Palestinian prisoners released")
 * @param mention     the kind of mention
 * @param heads       lemmas of the counted or described noun (quantity, duration), any of
 * @param bare        quantities only: a number that names no counted noun ("killed 12", "12 were killed") also
 *                    matches the heads, when the rest matches
 * @param verbs       lemmas of the governing verb (quantity), any of
 * @param context     lemmas of which at least one must occur in the sentence
 * @param unless      lemmas none of which may occur in the sentence
 * @param modifiers   lemmas of which at least one must modify the head
 * @param unlessModifiers quantities only: lemmas none of which may modify the count ("another 5", "5 other
 *                    people", "5 more": a part added to a count stated elsewhere)
 * @param pattern     a regular expression the sentence must contain, or null
 * @param rangeOnly   for dates: only date ranges
 * @param qualifiers  what must also match for two claims to be compared: "time-anchor" (a date in the
 *                    same sentence), "subject" (the noun before the verb), "published" (the article's
 *                    publication date: running totals grow from one day to the next), "published-year" (its
 *                    year: an age grows from one year to the next), and for quantities
 *                    "head" (what is counted: the noun's lemma or the unit), "verb" (the governing
 *                    predicate's lemma), "holder" (whose figure it is: possessor, subject, the person of an
 *                    age), "person" (the holder when it is a person the article names, as the full name), "event" (the year of another event the sentence names: "the 2004 tsunami")
 * @param alignBy     qualifiers that align claims more loosely: two claims whose values differ are never
 *                    compared, but one that the sentence leaves unsaid aligns with any value (more weakly: a
 *                    check's alignment steps weigh it)
 * @param open        for quantities: the claim takes every figure that counts something (a noun or a unit)
 *                    and that no named claim (one without {@code open}) took
 * @param event       for dates: only dates bound to an event (predicate, holder, role), which must then match
 *                    too ({@code event: true}; see {@code io.factunit.mention.date.DateEvent})
 */
public record ClaimDefinition(String id, String title, MentionKind mention, Set<String> heads, boolean bare,
                              Set<String> verbs, Set<String> context, Set<String> unless, Set<String> modifiers,
                              Set<String> unlessModifiers, Pattern pattern, boolean rangeOnly, List<String> qualifiers,
                              List<String> alignBy, boolean open, Location location, boolean event) {
    public static final List<String> QUALIFIERS = List.of("time-anchor", "subject", "published", "published-year", "head", "verb",
            "holder", "person", "event");
    /** The qualifiers only a quantity has. */
    public static final List<String> QUANTITY_QUALIFIERS = List.of("head", "verb", "holder", "person");
}
