package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.rules.CheckDefinition;
import java.util.List;
import java.util.function.Function;

/**
 * What an evaluator decided on one fact beyond its result, for the fact's row in the alignment table: the claims
 * whose values it compared and the majority it found (null until one is found).
 */
final class Judgement {
    List<Claim> compared = List.of();
    List<Claim> majority;
    /** What the fact is about beyond its claims' kind and qualifiers ("person" → "William Burns"). */
    final java.util.Map<String, String> about = new java.util.LinkedHashMap<>();

    /** The fact of {@code claims} as {@code result} judged it, or null when fewer than two articles state it. */
    AlignedFact fact(CheckDefinition check, List<Claim> claims, CheckResult result, Function<Claim, String> value) {
        return AlignedFact.of(check, claims, result, compared, majority, about, value);
    }
}
