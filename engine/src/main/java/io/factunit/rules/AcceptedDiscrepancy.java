package io.factunit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A reviewed failure an editor has accepted: it turns the matching failure into a pass with a note, and
 * stops matching as soon as the values involved change (ArchUnit's frozen violations, for facts).
 *
 * @param check   the check id
 * @param story   the story folder name, or null for any story
 * @param subject the result's group key, or "" to match any group of the check (the values still must match)
 * @param values  every "article: value" the failure involved, as the report prints them
 * @param reason  why it is acceptable
 * @param by      who accepted it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AcceptedDiscrepancy(String check, String story, String subject, List<String> values, String reason,
                                  String by, Location location) {
    public AcceptedDiscrepancy {
        values = List.copyOf(values);
    }
}
