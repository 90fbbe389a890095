package io.factunit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.factunit.language.TestLanguage;
import io.factunit.mention.quantity.NumberParser;
import io.factunit.mention.quantity.Quantity;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/**
 * The number parser on any text: it never throws, a quantity it returns is a sound interval, and grouped
 * digits mean exactly what they say. Corpus: src/test/resources/io/factunit/fuzz/NumberParserFuzzTestInputs.
 */
class NumberParserFuzzTest {

    @FuzzTest
    @Timeout(10)
    void anyTextIsAQuantityOrNothing(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Optional<Quantity> counts = TestLanguage.NUMBERS.parse(text, true);
        Optional<Quantity> strict = TestLanguage.NUMBERS.parse(text, false);
        counts.ifPresent(q -> sound(text, q));
        strict.ifPresent(q -> sound(text, q));
        // Allowing years as numbers only ever finds more.
        assertTrue(strict.isEmpty() || strict.equals(counts), () -> "'" + text + "': " + strict + " vs " + counts);
        assertEquals(strict, TestLanguage.NUMBERS.parse(text, false), "the same answer twice");
    }

    /** Any whole number up to 15 digits, written with thousands separators as news style does. */
    @FuzzTest
    @Timeout(10)
    void groupedDigitsAreExactlyTheirValue(byte[] input) {
        long value = 0;
        for (byte b : input) {
            value = Math.floorMod(value * 31 + (b & 0xFF), 1_000_000_000_000_000L);
        }
        String grouped = String.format(Locale.ROOT, "%,d", value);
        Quantity q = TestLanguage.NUMBERS.parse(grouped, true).orElseThrow(() -> new AssertionError("no number: " + grouped));
        assertEquals(Quantity.exact(value), q, grouped);
    }

    private static void sound(String text, Quantity q) {
        String what = "'" + text + "' -> " + q;
        assertFalse(Double.isNaN(q.low()) || Double.isNaN(q.high()) || Double.isNaN(q.nominal()), what);
        assertTrue(Double.isFinite(q.low()) && Double.isFinite(q.nominal()), what);
        assertTrue(q.low() >= 0 && q.low() <= q.high(), what);
    }
}
