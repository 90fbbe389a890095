package io.factunit.check;

import io.factunit.claim.Claim;
import io.factunit.mention.Mention;
import io.factunit.rules.CheckDefinition;
import java.util.List;

/** Picks the claims that play one role of a check (the part, the whole, the duration...). */
final class Roles {
    private Roles() {
    }

    static List<Claim> of(CheckDefinition check, String role, List<Claim> claims) {
        List<String> kinds = check.claims(role);
        return claims.stream().filter(c -> kinds.contains(c.kind())).toList();
    }

    static String values(List<Claim> claims) {
        return String.join(" / ", claims.stream().map(Claim::mention).map(ValueText::of).distinct().toList());
    }

    static String value(Mention mention) {
        return ValueText.of(mention);
    }
}
