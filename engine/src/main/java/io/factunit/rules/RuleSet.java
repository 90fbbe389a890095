package io.factunit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Claim definitions and checks from one or more rule files, validated together, with the names of places and
 * organisations the files declare.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RuleSet(List<ClaimDefinition> claims, List<CheckDefinition> checks, Names names, List<String> sources) {
    /** No rules: what a run adds its rule files to when the packs are turned off. */
    public static final RuleSet EMPTY = new RuleSet(List.of(), List.of(), Names.NONE, List.of());

    public RuleSet {
        claims = List.copyOf(claims);
        checks = List.copyOf(checks);
        sources = List.copyOf(sources);
    }

    /** Rules that declare no names. */
    public RuleSet(List<ClaimDefinition> claims, List<CheckDefinition> checks, List<String> sources) {
        this(claims, checks, Names.NONE, sources);
    }

    public Optional<ClaimDefinition> claim(String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<CheckDefinition> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Map<String, ClaimDefinition> claimsById() {
        Map<String, ClaimDefinition> byId = new LinkedHashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        return byId;
    }
}
