package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.rules.CheckDefinition;
import java.util.List;

/** Judges one group of claims for one check: the body of a check kind's Drools rule. */
interface GroupEvaluator {

    /** Whether a claim takes part in this check at all (a weekday check needs a stated weekday). */
    default boolean applies(Claim claim) {
        return true;
    }

    /** The key claims are grouped by before judging; claims with equal keys are compared with each other. */
    String key(CheckDefinition check, Claim claim);

    /** Judges one group; claims arrive in article order. */
    CheckResult evaluate(CheckDefinition check, String key, List<Claim> claims);

    /**
     * The verdicts on one group: one, unless the kind finds its comparable groups inside the key's group
     * (quote-wording aligns quotations by their words, which no key per claim can do).
     */
    default List<CheckResult> evaluateAll(CheckDefinition check, String key, List<Claim> claims) {
        return List.of(evaluate(check, key, claims));
    }
}
