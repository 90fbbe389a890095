package io.factunit.cli;

import io.factunit.bench.BenchReport;
import io.factunit.bench.Benchmark;
import io.factunit.bench.ColdStages;
import io.factunit.bench.ScaleStep;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure FactUnit with the default rule pack: cold runs on the seeds, the cold Drools build,"
                + " and throughput, stage times and heap over generated corpora (written to a temporary folder"
                + " and deleted). Prints each figure against its target. See docs/performance.md.",
        subcommands = {BenchCommand.Step.class, BenchCommand.KieBase.class, BenchCommand.Cold.class})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N,N,...", split = ",", defaultValue = "100,1000,10000",
            description = "Corpus sizes of the scaling series (default: ${DEFAULT-VALUE}).")
    List<Integer> articles;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the corpus generator; the same seed gives the same corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Stories checked at once (default: processors).")
    Integer threads;

    @Option(names = "--seeds", paramLabel = "DIR", description = "The seed story (default: seeds/ of the checkout).")
    Path seeds;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Cold runs to take the median of (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        List<Integer> sizes = new ArrayList<>(articles);
        if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 3)) {
            throw new UsageException("--articles needs sizes of at least 3 (one story of 3 articles)");
        }
        if (runs < 1) {
            throw new UsageException("--runs must be at least 1");
        }
        String home = System.getProperty("factunit.home");
        Path seedDir = seeds != null ? seeds : home != null ? Path.of(home, "seeds") : Path.of("seeds");
        Benchmark.Options options = new Benchmark.Options(sizes, seed, Stories.threads(threads),
                seedDir.toAbsolutePath(), home == null ? null : Path.of(home), runs);
        Benchmark.Results results = new Benchmark(options).run(System.err);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BenchReport.print(results, out);
        out.flush();
        return ExitCodes.OK;
    }

    @Command(name = "step", hidden = true, description = "One scaling step over a corpus (run by bench in a child JVM).")
    static final class Step implements Callable<Integer> {
        @Parameters(paramLabel = "CORPUS_DIR")
        Path corpus;
        @Option(names = "--threads", defaultValue = "1")
        int threads;
        @Mixin
        RuleOptions rules;

        @Override
        public Integer call() {
            ScaleStep.run(corpus, threads, rules.load(), System.out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "kiebase", hidden = true, description = "Time the cold KieBase build (run by bench in a child JVM).")
    static final class KieBase implements Callable<Integer> {
        @Mixin
        RuleOptions rules;

        @Override
        public Integer call() {
            ColdStages.kieBase(rules.load(), System.out);
            return ExitCodes.OK;
        }
    }

    @Command(name = "cold-stages", hidden = true, description = "Time a cold run stage by stage (run by bench).")
    static final class Cold implements Callable<Integer> {
        @Parameters(paramLabel = "STORY_DIR")
        Path story;

        @Override
        public Integer call() {
            ColdStages.run(story, System.out);
            return ExitCodes.OK;
        }
    }
}
