package io.factunit.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    private static Alignment by(String verb, String holder, String... words) {
        Map<String, String> values = new HashMap<>();
        values.put("verb", verb);
        values.put("holder", holder);
        return new Alignment(values, List.of(words), List.of());
    }

    @Test
    void differentStatedValuesConflictAndUnsaidOnesDoNot() {
        assertThat(by("pass", "senate").conflicts(by("reject", "senate"))).isTrue();
        assertThat(by("pass", "senate").conflicts(by(null, "senate"))).isFalse();
        assertThat(by("pass", null).conflicts(by("pass", "house"))).isFalse();
        assertThat(by("pass", "senate").shared(by("pass", "senate"))).containsExactlyInAnyOrder("verb", "holder");
        assertThat(by("pass", "senate").shared(by(null, "senate"))).containsExactly("holder");
    }

    @Test
    void aPublicationDayIsLeftOutWhereATotalMayGrow() {
        Alignment day1 = new Alignment(Map.of("published", "2024-03-01"), List.of(), List.of());
        Alignment day2 = new Alignment(Map.of("published", "2024-03-02"), List.of(), List.of());
        assertThat(day1.conflicts(day2)).isTrue();
        assertThat(day1.conflicts(day2, "published")).isFalse();
    }

    @Test
    void aNameAndTheSameNameShortenedAreOneHolder() {
        assertThat(Alignment.same("holder", "tony dileo", "dileo")).isTrue();
        assertThat(Alignment.same("holder", "mr. jackman", "hugh jackman")).isTrue();
        assertThat(Alignment.same("holder", "quarterback peyton manning", "peyton manning")).isTrue();
        assertThat(Alignment.same("holder", "peyton manning", "eli manning")).isFalse();
        assertThat(Alignment.same("holder", "gary gomes", "catherine gomes")).isFalse();
        assertThat(Alignment.same("holder", "reid", "lohan")).isFalse();
        assertThat(Alignment.same("verb", "pass", "passed")).isFalse();
    }

    @Test
    void wordingIsTheShareOfContentWordsInCommon() {
        Alignment a = by(null, null, "bill", "pass", "senate");
        assertThat(a.wordedLike(by(null, null, "bill", "pass", "senate"))).isEqualTo(1.0);
        assertThat(a.wordedLike(by(null, null, "bill", "house", "pass"))).isCloseTo(0.5, offset(1e-9));
        assertThat(a.wordedLike(by(null, null, "game", "win"))).isZero();
        assertThat(a.wordedLike(Alignment.NONE)).isZero();
    }
}
