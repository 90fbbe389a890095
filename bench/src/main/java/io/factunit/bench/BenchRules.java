package io.factunit.bench;

import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** --rules of the bench's child commands, as {@code factunit check} takes it; without it, the packs on the class path. */
final class BenchRules {
    @Option(names = {"-r", "--rules"}, paramLabel = "PATH",
            description = "Rule file or folder of *.yaml rule files (repeatable). Default: the built-in news pack.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    RuleSet load() {
        if (!rules.isEmpty()) {
            return new RuleSetLoader().load(rules);
        }
        RuleSet packs = new RuleSetLoader().loadClasspathPacks(BenchRules.class.getClassLoader());
        if (packs.checks().isEmpty()) {
            throw new UsageException("no rules: pass --rules PATH, or put factunit-rules on the classpath");
        }
        return packs;
    }
}
