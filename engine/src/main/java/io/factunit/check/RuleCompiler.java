package io.factunit.check;

import static org.drools.model.DSL.accFunction;
import static org.drools.model.DSL.declarationOf;
import static org.drools.model.DSL.globalOf;
import static org.drools.model.DSL.groupBy;
import static org.drools.model.DSL.on;
import static org.drools.model.PatternDSL.pattern;
import static org.drools.model.PatternDSL.rule;

import io.factunit.claim.Claim;
import io.factunit.language.Language;
import io.factunit.rules.CheckDefinition;
import io.factunit.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.core.base.accumulators.CollectListAccumulateFunction;
import org.drools.model.Global;
import org.drools.model.Rule;
import org.drools.model.Variable;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Compiles the YAML checks into Drools rules with the executable-model PatternDSL: one rule per check,
 * each a groupBy over the claims the check reads, keyed by the check kind's grouping, collecting each
 * group for the kind's evaluator. No pairwise joins: a story with n claims builds n facts, not n² tuples.
 * Built in code rather than from DRL text because that is several times faster to build (no parser, no
 * Java compiler); {@link #renderDrl} gives the equivalent DRL for reading.
 *
 * <p>The evaluators read the words of the articles' language (name particles, pronouns, offices), so a
 * KieBase is built for a rule set and a language; it is immutable and kept per rule set and language in this
 * JVM (languages with the same words are equal).
 */
public final class RuleCompiler {
    static final String PACKAGE = "io.factunit.checks";
    static final String RESULTS = "results";

    /** Every rule set compiled in this JVM, in the order compiled (a handful at most). */
    private static final List<Compiled> COMPILED = new ArrayList<>();

    private RuleCompiler() {
    }

    /**
     * The checks of {@code rules}, judging claims found in articles of {@code language}: built once per rule set
     * and language in this JVM. The same rule set instance is found again by identity, another with the same
     * content (the same files loaded again) by its text, which is spelled out only when there is a compiled
     * set to compare it with: spelling out every rule on the first compile of a run had cost a third of
     * building the KieBase.
     */
    public static synchronized CompiledRules compile(RuleSet rules, Language language) {
        for (Compiled done : COMPILED) {
            if (done.rules == rules && done.language.equals(language)) {
                return done.result;
            }
        }
        if (!COMPILED.isEmpty()) {
            String content = rules.toString();
            for (Compiled done : COMPILED) {
                if (done.language.equals(language) && done.content().equals(content)) {
                    return done.result;
                }
            }
        }
        CompiledRules result = new CompiledRules(rules, language, build(rules, new Evaluators(language)));
        COMPILED.add(new Compiled(rules, language, result));
        return result;
    }

    /** A compiled rule set; its text is worked out on first need (its patterns compare by identity, text by text). */
    private static final class Compiled {
        private final RuleSet rules;
        private final Language language;
        private final CompiledRules result;
        private String content;

        Compiled(RuleSet rules, Language language, CompiledRules result) {
            this.rules = rules;
            this.language = language;
            this.result = result;
        }

        String content() {
            if (content == null) {
                content = rules.toString();
            }
            return content;
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static KieBase build(RuleSet rules, Evaluators evaluators) {
        Global<ResultSink> sink = globalOf(ResultSink.class, PACKAGE, RESULTS);
        ModelImpl model = new ModelImpl().addGlobal(sink);
        for (CheckDefinition check : rules.checks()) {
            GroupEvaluator evaluator = evaluators.of(check.kind());
            Set<String> kinds = Set.copyOf(check.allClaims());
            Variable<Claim> claim = declarationOf(Claim.class);
            Variable<String> key = declarationOf(String.class);
            Variable<List> group = declarationOf(List.class);
            // The constraint id is its canonical form: Drools shares nodes by id, so two different
            // conditions must never share one.
            String constraintId = "kind in " + check.allClaims().stream().sorted().toList() + " && applies("
                    + check.kind().yamlName() + ")";
            Rule rule = rule(PACKAGE, check.id()).build(
                    groupBy(pattern(claim).expr(constraintId, c -> kinds.contains(c.kind()) && evaluator.applies(c)),
                            claim, key, c -> evaluator.key(check, c),
                            accFunction(CollectListAccumulateFunction::new, claim).as(group)),
                    on(key, group, sink).execute((k, g, out) -> out.addAll(evaluator.evaluateAll(check, k, (List<Claim>) g))));
            model.addRule(rule);
        }
        return KieBaseBuilder.createKieBaseFromModel(model);
    }

    /** The compiled rules as DRL text, for reading and debugging; not used to build anything. */
    public static String renderDrl(RuleSet rules) {
        StringBuilder drl = new StringBuilder("package ").append(PACKAGE).append(";\n\n")
                .append("import ").append(Claim.class.getName()).append(";\n")
                .append("global ").append(ResultSink.class.getName()).append(' ').append(RESULTS).append(";\n");
        for (CheckDefinition check : rules.checks()) {
            String kinds = String.join(", ", check.allClaims().stream().map(k -> "\"" + k + "\"").toList());
            drl.append("\n// ").append(check.title()).append(" (").append(check.kind().yamlName()).append(", ")
                    .append(check.severity().yamlName()).append(")\n")
                    .append("rule \"").append(check.id()).append("\"\nwhen\n")
                    .append("    groupby( $claim : Claim( kind in (").append(kinds).append(") && ")
                    .append(check.kind().yamlName()).append(".applies($claim) ) ;\n")
                    .append("             $key : ").append(check.kind().yamlName()).append(".key($claim) ;\n")
                    .append("             $group : collectList($claim) )\n")
                    .append("then\n")
                    .append("    results.add( ").append(check.kind().yamlName())
                    .append(".evaluate(\"").append(check.id()).append("\", $key, $group) );\nend\n");
        }
        return drl.toString();
    }
}
