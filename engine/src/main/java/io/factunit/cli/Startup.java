package io.factunit.cli;

import io.factunit.analysis.TextAnalyzer;
import io.factunit.check.CompiledRules;
import io.factunit.check.RuleCompiler;
import io.factunit.language.Language;
import io.factunit.mention.MentionFinders;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The one-time work of a cold run, started on background threads as soon as {@code main} sees the
 * command, so it overlaps picocli's own start-up (~0.3 s of reflection) and each other: reading the OpenNLP
 * models and the dictionary (~0.2 s), reading the default rule pack and building its Drools KieBase
 * (~0.35 s), and the language's word lists with the finders' patterns. Commands then pick up the results; checking waits for the KieBase only to fire the first
 * story's rules. Work started for the default pack when --rules names others is wasted, never wrong.
 */
final class Startup {
    private static final Set<String> CHECKING = Set.of("check", "claims", "mutate");
    private static CompletableFuture<RuleSet> defaultRules;
    private static CompletableFuture<Language> language;

    private Startup() {
    }

    /** Starts what the command in {@code args} will need, before the arguments are parsed. */
    static void begin(String... args) {
        if (args.length == 0 || !CHECKING.contains(args[0])) {
            return;
        }
        loadModels();
        language();
        for (String arg : args) {
            if (arg.startsWith("-r") || arg.startsWith("--rules") || arg.startsWith("@")) {
                return; // other rules, or arguments in a file: wait for the parse
            }
        }
        compile(defaultRules());
    }

    /** Starts reading the analysis models; the first analysis waits for them if they are not there yet. */
    static void loadModels() {
        background("factunit-models", () -> {
            TextAnalyzer.shared();
            return null;
        });
    }

    /**
     * The language the run reads articles in, loaded once on a background thread with what the finders
     * build from it (their lookups and date patterns), so that work overlaps the start-up too.
     */
    static synchronized Supplier<Language> language() {
        if (language == null) {
            language = background("factunit-language", () -> {
                Language english = Language.english();
                MentionFinders.standard(english);
                return english;
            });
        }
        return waitFor(language);
    }

    /** The rule packs on the class path, read once, on a background thread the first time they are asked for. */
    static synchronized Supplier<RuleSet> defaultRules() {
        if (defaultRules == null) {
            defaultRules = background("factunit-rules",
                    () -> new RuleSetLoader().loadClasspathPacks(Startup.class.getClassLoader()));
        }
        return waitFor(defaultRules);
    }

    /**
     * Starts building the KieBase for the run's {@link #language} (once per rule set: {@link RuleCompiler} caches)
     * and returns a way to wait for it.
     */
    static Supplier<CompiledRules> compile(Supplier<RuleSet> rules) {
        Supplier<Language> words = language();
        return waitFor(background("factunit-drools", () -> {
            CompiledRules result = RuleCompiler.compile(rules.get(), words.get());
            result.warmUp();
            return result;
        }));
    }

    private static <T> Supplier<T> waitFor(CompletableFuture<T> future) {
        return () -> {
            try {
                return future.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        };
    }

    private static <T> CompletableFuture<T> background(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
