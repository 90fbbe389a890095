package io.factunit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.article.TextPosition;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A claim equals another with the same fields, as a record does, and hashes by its id alone. */
class ClaimEqualityTest {
    private static Claim claim(String id, String qualifier, int line) {
        return new Claim(id, "people-killed", null, null, qualifier, "The fire killed 12.", new TextPosition(line, 1));
    }

    @Test
    void equalByEveryFieldNotByIdAlone() {
        Claim claim = claim("a:people-killed:16", "", 1);
        assertThat(claim).isEqualTo(claim("a:people-killed:16", "", 1)).hasSameHashCodeAs("a:people-killed:16");
        assertThat(claim).isNotEqualTo(claim("b:people-killed:16", "", 1));
        assertThat(claim).isNotEqualTo(claim("a:people-killed:16", "published=2024-03-01", 1));
        assertThat(claim).isNotEqualTo(claim("a:people-killed:16", "", 2));
        assertThat(claim).isNotEqualTo("a:people-killed:16");
        assertThat(Set.of(claim, claim("b:people-killed:16", "", 1))).contains(claim("a:people-killed:16", "", 1));
    }
}
