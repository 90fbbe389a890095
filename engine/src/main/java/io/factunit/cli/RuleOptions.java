package io.factunit.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.factunit.rules.CheckDefinition;
import io.factunit.rules.Names;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import picocli.CommandLine.Option;

/**
 * --rules and --no-default-rules, shared by the commands that need a rule set or the names it declares (the
 * benchmark's child commands take it too, as {@code factunit check} does): the packs on the classpath, with the
 * named rule files added.
 */
@API(status = INTERNAL, consumers = "io.factunit.bench")
public final class RuleOptions {
    @Option(names = {"-r", "--rules"}, paramLabel = "PATH",
            description = "Rule file or folder of *.yaml rule files (repeatable), added to the built-in news pack.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--no-default-rules", description = "Leave the built-in news pack out: only the --rules files.")
    boolean noDefaultRules;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    /**
     * The packs on the classpath (unless --no-default-rules) with the named rule files added; a
     * {@link UsageException} when that holds no check.
     */
    public RuleSet load() {
        RuleSet all = ruleSet();
        if (all.checks().isEmpty()) {
            throw new UsageException("no rules: pass --rules PATH, or put factunit-rules on the classpath");
        }
        return all;
    }

    /** Whether {@code check} is a pack's rather than from a file --rules named. */
    boolean fromPack(CheckDefinition check) {
        return !noDefaultRules && Startup.defaultRules().get().sources().contains(check.location().file());
    }

    /** Whether --rules named any file. */
    boolean named() {
        return !rules.isEmpty();
    }

    /** The names of places and organisations the rule set of {@link #load()} declares. */
    public Names names() {
        return ruleSet().names();
    }

    private RuleSet ruleSet() {
        if (noDefaultRules && rules.isEmpty()) {
            throw new UsageException("--no-default-rules needs --rules PATH: nothing else to check with");
        }
        RuleSet base = noDefaultRules ? RuleSet.EMPTY : Startup.defaultRules().get();
        return rules.isEmpty() ? base : new RuleSetLoader().extend(base, rules);
    }
}
