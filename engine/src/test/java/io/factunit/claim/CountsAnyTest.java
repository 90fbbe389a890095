package io.factunit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.mention.quantity.Quantity;
import io.factunit.mention.quantity.QuantityMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A claim's head test without a list per claim: the answer of the former list of head and coordinated nouns. */
class CountsAnyTest {
    private static final String[] LEMMAS = {"person", "people", "child", "minor", "woman", "hostage", "prisoner"};

    private static boolean formerAnswer(Set<String> wanted, QuantityMention q) {
        List<String> heads = new ArrayList<>();
        if (q.head() != null) {
            heads.add(q.head());
        }
        heads.addAll(q.alsoCounts());
        for (String head : heads) {
            if (wanted.contains(head)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void answersAsTheListOfHeadsDid() {
        Random random = new Random(29);
        Quantity twelve = new Quantity(12, 12, 12, Quantity.Precision.EXACT);
        int matched = 0;
        for (int round = 0; round < 5_000; round++) {
            Set<String> wanted = new HashSet<>();
            for (int n = random.nextInt(3); n >= 0; n--) {
                wanted.add(LEMMAS[random.nextInt(LEMMAS.length)]);
            }
            String head = random.nextInt(4) == 0 ? null : LEMMAS[random.nextInt(LEMMAS.length)];
            List<String> also = new ArrayList<>();
            for (int n = random.nextInt(3); n > 0; n--) {
                also.add(LEMMAS[random.nextInt(LEMMAS.length)]);
            }
            QuantityMention q = new QuantityMention(0, 2, "12", 0, twelve, head, "kill", List.of(), also);
            boolean expected = formerAnswer(wanted, q);
            assertThat(ClaimExtractor.countsAny(wanted, q)).as("%s in %s + %s", wanted, head, also).isEqualTo(expected);
            matched += expected ? 1 : 0;
        }
        assertThat(matched).isBetween(500, 4_500);
    }
}
