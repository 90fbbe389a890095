package io.factunit.cli;

import io.factunit.check.ExampleRunner;
import io.factunit.check.FactChecker;
import io.factunit.check.RuleCompiler;
import io.factunit.rules.CheckDefinition;
import io.factunit.rules.ClaimDefinition;
import io.factunit.rules.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Inspect and self-test rule files.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Explain.class, RulesCommand.Test.class,
                RulesCommand.Drl.class})
final class RulesCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the checks and claims.")
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        RuleOptions rules;

        @Override
        public Integer call() {
            RuleSet set = rules.load();
            PrintWriter out = spec.commandLine().getOut();
            out.println("Checks:");
            for (CheckDefinition check : set.checks()) {
                out.printf("  %-32s %-22s %-8s %s%n", check.id(), check.kind().yamlName(), check.severity().yamlName(),
                        check.title());
            }
            out.println("Claims:");
            for (ClaimDefinition claim : set.claims()) {
                out.printf("  %-32s %-10s %s%n", claim.id(), claim.mention().yamlName(), claim.title());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain one check or claim.")
    static final class Explain implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID")
        String id;
        @Mixin
        RuleOptions rules;

        @Override
        public Integer call() {
            RuleSet set = rules.load();
            PrintWriter out = spec.commandLine().getOut();
            var check = set.check(id);
            var claim = set.claim(id);
            if (check.isPresent()) {
                CheckDefinition c = check.get();
                out.println(c.id() + ": " + c.title());
                out.println("  kind:     " + c.kind().yamlName());
                out.println("  severity: " + c.severity().yamlName());
                c.kind().roles().forEach(role -> out.println("  " + role + ": " + String.join(", ", c.claims(role))));
                out.println("  defined:  " + c.location());
                c.examples().forEach(e -> out.println("  example:  " + e.name() + " -> " + e.expect()));
            } else if (claim.isPresent()) {
                ClaimDefinition c = claim.get();
                out.println(c.id() + ": " + c.title() + " (" + c.mention().yamlName() + " claim)");
                out.println("  head:    " + String.join(", ", c.heads()));
                out.println("  verb:    " + String.join(", ", c.verbs()));
                out.println("  context: " + String.join(", ", c.context()));
                out.println("  unless:  " + String.join(", ", c.unless()));
                out.println("  defined: " + c.location());
            } else {
                throw new UsageException("no check or claim with id '" + id + "'");
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run the examples of every check in rule files as self-tests.")
    static final class Test implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "PATH", arity = "0..*",
                description = "Rule files or folders, whose examples run (default: the built-in pack's).")
        List<Path> paths = List.of();
        @Mixin
        RuleOptions rules;

        @Override
        public Integer call() {
            if (!paths.isEmpty()) {
                rules.rules.addAll(paths);
            }
            RuleSet set = rules.load();
            ExampleRunner examples = FactChecker.builder(set).build().examples();
            // the named files' examples; they may use the pack's claims, so the pack is loaded with them
            List<ExampleRunner.Outcome> outcomes = rules.named() ? set.checks().stream()
                    .filter(check -> !rules.fromPack(check))
                    .flatMap(check -> check.examples().stream().map(example -> examples.run(check, example)))
                    .toList() : examples.runAll();
            PrintWriter out = spec.commandLine().getOut();
            long failed = 0;
            for (ExampleRunner.Outcome outcome : outcomes) {
                out.println((outcome.ok() ? "  ok    " : "  FAIL  ") + outcome.describe().replace("\n", "\n        "));
                failed += outcome.ok() ? 0 : 1;
            }
            out.println((outcomes.size() - failed) + " passed, " + failed + " failed");
            out.flush();
            return failed == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
    }

    @Command(name = "drl", mixinStandardHelpOptions = true,
            description = "Print the compiled checks as Drools DRL, for reading and debugging.")
    static final class Drl implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        RuleOptions rules;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(RuleCompiler.renderDrl(rules.load()));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
