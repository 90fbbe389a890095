package io.factunit.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.mention.Mention;
import io.factunit.mention.Timex;
import io.factunit.mention.date.DateMention;
import io.factunit.mention.quantity.Quantity;
import io.factunit.mention.quantity.QuantityMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A mention's time anchor, looked up by sentence, is the one a walk over every mention found. */
class TimeAnchorsTest {

    @Test
    void theFirstOtherDateOfTheSentence() {
        QuantityMention toll = quantity(0, 40);
        DateMention october = date(0, 10, LocalDate.of(2023, 10, 7));
        DateMention sunday = date(0, 60, null);
        DateMention alone = date(1, 100, LocalDate.of(2024, 1, 2));
        QuantityMention noDate = quantity(2, 200);
        TimeAnchors anchors = new TimeAnchors(List.of(toll, october, sunday, alone, noDate));

        assertThat(anchors.of(toll)).isEqualTo("2023-10-07");
        assertThat(anchors.of(october)).isEqualTo("XXXX-WXX-7");
        assertThat(anchors.of(sunday)).isEqualTo("2023-10-07");
        assertThat(anchors.of(alone)).isNull();
        assertThat(anchors.of(noDate)).isNull();
    }

    @Test
    void aVagueDateOrAYearModifyingANounAnchorsNothing() {
        QuantityMention toll = quantity(0, 40);
        DateMention recently = new DateMention(0, 8, "recently", 0, null, null, null, 0, 0, 0, null, true, false,
                new Timex("DATE", "PAST_REF"));
        DateMention tsunami = new DateMention(50, 54, "2004", 0, LocalDate.of(2004, 1, 1), LocalDate.of(2004, 12, 31),
                null, 0, 0, 2004, null, false, false, new Timex("DATE", "2004"), null, true);
        DateMention sunday = date(0, 60, LocalDate.of(2024, 1, 7));

        assertThat(new TimeAnchors(List.of(recently, toll, tsunami)).of(toll)).isNull();
        assertThat(new TimeAnchors(List.of(recently, toll, tsunami, sunday)).of(toll)).isEqualTo("2024-01-07");
    }

    @Test
    void theSameAnchorsAsAWalkOverEveryMention() {
        Random random = new Random(3);
        for (int round = 0; round < 2_000; round++) {
            List<Mention> mentions = new ArrayList<>();
            for (int i = 0, count = random.nextInt(15); i < count; i++) {
                int sentence = random.nextInt(4);
                mentions.add(random.nextBoolean() ? quantity(sentence, i)
                        : date(sentence, i, random.nextBoolean() ? LocalDate.of(2024, 1, 1).plusDays(i) : null));
            }
            if (!mentions.isEmpty() && random.nextBoolean()) {
                mentions.add(mentions.get(random.nextInt(mentions.size()))); // the same mention twice
            }
            TimeAnchors anchors = new TimeAnchors(mentions);

            for (Mention mention : mentions) {
                assertThat(anchors.of(mention)).as("%s in %s", mention, mentions).isEqualTo(walked(mention, mentions));
            }
        }
    }

    /** The former walk, as the reference. */
    private static String walked(Mention mention, List<? extends Mention> mentions) {
        for (Mention other : mentions) {
            if (other != mention && other.sentence() == mention.sentence() && other instanceof DateMention date) {
                return date.isResolved() ? date.first().toString() : date.timex().value();
            }
        }
        return null;
    }

    private static QuantityMention quantity(int sentence, int start) {
        return new QuantityMention(start, start + 3, "240", sentence, Quantity.exact(240), "people", "kill",
                List.of());
    }

    private static DateMention date(int sentence, int start, LocalDate day) {
        return new DateMention(start, start + 6, "Sunday", sentence, day, day, null, 0, 0, 0, null, day == null,
                false, new Timex("DATE", day == null ? "XXXX-WXX-7" : day.toString()));
    }
}
