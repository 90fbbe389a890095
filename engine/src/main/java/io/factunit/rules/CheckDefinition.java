package io.factunit.rules;

import java.util.List;
import java.util.Map;

/**
 * What must hold between claims.
 *
 * @param claims    role → claim ids, as the kind requires (agree: claim; at-most: part and whole; ...)
 * @param openBound for agree: what to do when values agree only through an open bound ("at least 100" vs
 *                  105): "review" (a warning that names the reading) or "pass"
 * @param alignment for agree and not-decreasing: the severity of a disagreement by what its claims share
 *                  (the first step that holds decides; a disagreement no step links is not reported); empty:
 *                  every disagreement is reported at {@code severity}
 * @param weakAlignment for event-dates-agree: the severity of a finding among claims that share their event
 *                  but no known holder ({@code weak-alignment}); null when such claims are not compared (off),
 *                  and for every other kind
 */
public record CheckDefinition(String id, String title, CheckKind kind, Severity severity, List<String> tags,
                              Map<String, List<String>> claims, Tolerance tolerance, String openBound,
                              List<Alignment> alignment, List<RuleExample> examples, Location location,
                              Severity weakAlignment) {

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
