package io.factunit.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.factunit.rules.CheckDefinition;
import io.factunit.rules.RuleException;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;

/**
 * The rule loader on any text: a validated rule set, or a {@link RuleException} with a one-line message that
 * starts with the file name; nothing else may escape, and nothing may run (in fuzzing mode Jazzer's
 * sanitizers watch for deserialization, reflection, script engines and commands).
 * Corpus: src/test/resources/io/factunit/fuzz/RuleSetLoaderFuzzTestInputs (seeded with the news pack).
 */
class RuleSetLoaderFuzzTest {
    private static final RuleSetLoader LOADER = new RuleSetLoader();

    @FuzzTest
    @Timeout(10)
    void anyYamlLoadsOrSaysWhereItIsWrong(byte[] input) {
        String yaml = new String(input, StandardCharsets.UTF_8);
        RuleSet rules;
        try {
            rules = LOADER.parse("fuzz.yaml", yaml);
        } catch (RuleException e) {
            String message = e.getMessage();
            assertTrue(message.startsWith("fuzz.yaml"), message);
            assertFalse(message.contains("\n") || message.contains("\r"), "more than one line: " + message);
            return;
        }
        // What validation let through is complete: every claim a check names exists.
        for (CheckDefinition check : rules.checks()) {
            for (String claim : check.allClaims()) {
                assertTrue(rules.claim(claim).isPresent(), () -> check.id() + " names missing claim " + claim);
            }
        }
    }
}
