package io.factunit.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.factunit.rules.Names;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import picocli.CommandLine.Option;

/**
 * --rules, shared by the commands that need a rule set or the names it declares (the benchmark's child
 * commands take it too, as {@code factunit check} does); without it, the packs on the classpath.
 */
@API(status = INTERNAL, consumers = "io.factunit.bench")
public final class RuleOptions {
    @Option(names = {"-r", "--rules"}, paramLabel = "PATH",
            description = "Rule file or folder of *.yaml rule files (repeatable). Default: the built-in news pack.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    /** The named rule files, or the packs on the classpath; a {@link UsageException} when that holds no check. */
    public RuleSet load() {
        if (!rules.isEmpty()) {
            return new RuleSetLoader().load(rules);
        }
        RuleSet packs = Startup.defaultRules().get();
        if (packs.checks().isEmpty()) {
            throw new UsageException("no rules: pass --rules PATH, or put factunit-rules on the classpath");
        }
        return packs;
    }

    /** The names of places and organisations the named rule files, or the packs on the classpath, declare. */
    public Names names() {
        return rules.isEmpty() ? Startup.defaultRules().get().names() : new RuleSetLoader().load(rules).names();
    }
}
