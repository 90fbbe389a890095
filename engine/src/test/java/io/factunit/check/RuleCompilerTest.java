package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.BadInputs;
import io.factunit.language.TestLanguage;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import org.junit.jupiter.api.Test;

/** A rule set is compiled once per JVM and language, found again by identity or, loaded anew, by its content. */
class RuleCompilerTest {

    @Test
    void theSameRulesAreCompiledOnceAndOtherRulesAgain() {
        // titles no other test uses: the JVM keeps what every test compiled
        String yaml = BadInputs.RULES.replace("prisoner counts must match", "compiled once per JVM");
        RuleSet rules = new RuleSetLoader().parse("rules.yaml", yaml);
        RuleSet sameAgain = new RuleSetLoader().parse("rules.yaml", yaml);
        RuleSet other = new RuleSetLoader().parse("rules.yaml", yaml.replace("compiled once per JVM",
                "compiled again for other rules"));

        CompiledRules compiled = RuleCompiler.compile(rules, TestLanguage.ENGLISH);
        assertThat(RuleCompiler.compile(rules, TestLanguage.ENGLISH)).isSameAs(compiled);
        assertThat(RuleCompiler.compile(sameAgain, TestLanguage.ENGLISH)).isSameAs(compiled);
        CompiledRules otherCompiled = RuleCompiler.compile(other, TestLanguage.ENGLISH);
        assertThat(otherCompiled).isNotSameAs(compiled);
        assertThat(otherCompiled.rules().checks().get(0).title()).isEqualTo("compiled again for other rules");
        assertThat(compiled.rules()).isSameAs(rules);
    }
}
