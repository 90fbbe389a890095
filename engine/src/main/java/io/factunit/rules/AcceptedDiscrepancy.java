package io.factunit.rules;

import java.util.List;

/**
 * A reviewed failure an editor has accepted: it turns the matching failure into a pass with a note, and
 * stops matching as soon as the values involved change (ArchUnit's frozen violations, for facts).
 *
 * @param check   the check id
 * @param story   the story folder name, or null for any story
 * @param subject the result's group key ("" for checks that group the whole story)
 * @param values  every "article: value" the failure involved, as the report prints them
 * @param reason  why it is acceptable
 * @param by      who accepted it
 */
public record AcceptedDiscrepancy(String check, String story, String subject, List<String> values, String reason,
                                  String by, Location location) {
    public AcceptedDiscrepancy {
        values = List.copyOf(values);
    }
}
