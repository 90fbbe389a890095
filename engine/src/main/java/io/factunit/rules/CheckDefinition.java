package io.factunit.rules;

import java.util.List;
import java.util.Map;

/**
 * What must hold between claims.
 *
 * @param claims    role → claim ids, as the kind requires (agree: claim; at-most: part and whole; ...)
 * @param openBound for agree: what to do when values agree only through an open bound ("at least 100" vs
 *                  105): "review" (a warning that names the reading) or "pass"
 * @param alignment for agree and not-decreasing: the severity of a group by the qualifiers its claims share
 *                  with a value (the first entry that applies decides; a group no entry applies to is not
 *                  compared); empty: every group is compared at {@code severity}
 */
public record CheckDefinition(String id, String title, CheckKind kind, Severity severity, List<String> tags,
                              Map<String, List<String>> claims, Tolerance tolerance, String openBound,
                              List<Alignment> alignment, List<RuleExample> examples, Location location) {

    /**
     * One step of alignment strength: a disagreement in a group whose claims share a value for each of
     * {@code known}, between sentences that have at least {@code sharedWords} of their content words in common
     * (0 to 1; 0: any wording), is reported at {@code severity}.
     */
    public record Alignment(List<String> known, double sharedWords, Severity severity, Location location) {
        public Alignment {
            known = List.copyOf(known);
        }
    }

    public CheckDefinition {
        alignment = List.copyOf(alignment);
    }

    /** The claim ids of one role; never null. */
    public List<String> claims(String role) {
        return claims.getOrDefault(role, List.of());
    }

    /** Every claim id this check looks at, in role order. */
    public List<String> allClaims() {
        return kind.roles().stream().flatMap(role -> claims(role).stream()).distinct().toList();
    }
}
