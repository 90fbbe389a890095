package io.factunit.bench;

import io.factunit.cli.RuleOptions;
import io.factunit.cli.UsageException;
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

@Command(name = "factunit bench", mixinStandardHelpOptions = true,
        description = "Measure FactUnit with the default rule pack: cold runs on the seeds, the cold Drools build,"
                + " and throughput, stage times and heap over generated corpora (written to a temporary folder"
                + " and deleted). Prints each figure against its target. See docs/performance.md.",
        subcommands = {BenchCommand.Shapes.class, BenchCommand.TaggerAgreementCommand.class,
                BenchCommand.TimeMlCommand.class,
                BenchCommand.ShapeWrite.class, BenchCommand.Step.class, BenchCommand.KieBase.class,
                BenchCommand.Cold.class})
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
        Path seedDir = seedDir(seeds);
        Benchmark.Options options = new Benchmark.Options(sizes, seed, threads(threads),
                seedDir.toAbsolutePath(), home == null ? null : Path.of(home), runs);
        Benchmark.Results results = new Benchmark(options).run(System.err);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BenchReport.print(results, out);
        out.flush();
        return BenchMain.OK;
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
            return BenchMain.OK;
        }
    }

    @Command(name = "kiebase", hidden = true, description = "Time the cold KieBase build (run by bench in a child JVM).")
    static final class KieBase implements Callable<Integer> {
        @Mixin
        RuleOptions rules;

        @Override
        public Integer call() {
            ColdStages.kieBase(rules.load(), System.out);
            return BenchMain.OK;
        }
    }

    @Command(name = "cold-stages", hidden = true, description = "Time a cold run stage by stage (run by bench).")
    static final class Cold implements Callable<Integer> {
        @Parameters(paramLabel = "STORY_DIR")
        Path story;

        @Override
        public Integer call() {
            ColdStages.run(story, System.out);
            return BenchMain.OK;
        }
    }

    /** More threads than the CLI's --threads allows would only cost memory: each holds up to two stories. */
    private static final int MAX_THREADS = 1024;

    /** --threads as {@code factunit check} takes it: at least one, at most 1024; default what the machine has. */
    private static int threads(Integer requested) {
        if (requested == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (requested < 1 || requested > MAX_THREADS) {
            throw new UsageException("--threads must be between 1 and " + MAX_THREADS + ", not " + requested);
        }
        return requested;
    }

    private static Path seedDir(Path given) {
        String home = System.getProperty("factunit.home");
        return given != null ? given : home != null ? Path.of(home, "seeds") : Path.of("seeds");
    }

    @Command(name = "shapes", mixinStandardHelpOptions = true,
            description = "Time 'factunit check' on hostile input shapes (one-line article, distinct figures, many"
                    + " one-line articles, ...) at two sizes, against the targets of at most 2 s per MB and a"
                    + " 4 MB / 1 MB time ratio of at most 4.5. Inputs go to a temporary folder and are deleted.")
    static final class Shapes implements Callable<Integer> {
        @Option(names = "--megabytes", paramLabel = "N,N", split = ",", defaultValue = "1,4",
                description = "Sizes of hostile input in MB (default: ${DEFAULT-VALUE}).")
        List<Integer> megabytes;

        @Option(names = "--shape", paramLabel = "NAME", split = ",",
                description = "Shapes to run (default: all of ${COMPLETION-CANDIDATES}).",
                completionCandidates = ShapeNames.class)
        List<String> shapes;

        @Option(names = "--runs", paramLabel = "N", defaultValue = "1",
                description = "Runs per size to take the median of (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--seeds", paramLabel = "DIR", description = "The seed story (default: seeds/ of the checkout).")
        Path seeds;

        @Override
        public Integer call() {
            if (megabytes.isEmpty() || megabytes.stream().anyMatch(n -> n < 1)) {
                throw new UsageException("--megabytes needs sizes of at least 1");
            }
            if (runs < 1) {
                throw new UsageException("--runs must be at least 1");
            }
            List<HostileShapes.Shape> chosen = new ArrayList<>();
            for (String name : shapes == null ? HostileShapes.Shape.ids() : shapes) {
                try {
                    chosen.add(HostileShapes.Shape.of(name));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
            }
            String home = System.getProperty("factunit.home");
            ShapeBench.Options options = new ShapeBench.Options(List.copyOf(megabytes), chosen,
                    seedDir(seeds).toAbsolutePath(), home == null ? null : Path.of(home), runs);
            List<ShapeBench.Row> rows = new ShapeBench(options).run(System.err);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            ShapeBench.print(rows, options, out);
            out.flush();
            return BenchMain.OK;
        }
    }

    static final class ShapeNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return HostileShapes.Shape.ids().iterator();
        }
    }

    @Command(name = "shape-write", hidden = true, description = "Write one hostile shape's story folder (for profiling).")
    static final class ShapeWrite implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SHAPE")
        String shape;
        @Parameters(index = "1", paramLabel = "MB")
        int megabytes;
        @Parameters(index = "2", paramLabel = "DIR")
        Path dir;
        @Option(names = "--seeds", paramLabel = "DIR")
        Path seeds;

        @Override
        public Integer call() {
            ShapeBench.write(seedDir(seeds), shape, megabytes, dir);
            return BenchMain.OK;
        }
    }

    @Command(name = "tagger-agreement", mixinStandardHelpOptions = true,
            description = "Compare the fast sentence detector, tokenizer and tagger with OpenNLP's own (tagger with"
                    + " beam 1 and with the model's beam of 3) on every .txt file under the folders; print the"
                    + " agreement. See docs/performance.md.")
    static final class TaggerAgreementCommand implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders of .txt articles (searched recursively).")
        List<Path> dirs;

        @Option(names = "--differences", description = "Also list every difference, with its sentence.")
        boolean differences;

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            TaggerAgreementBench.run(dirs, differences, out);
            return BenchMain.OK;
        }
    }

    @Command(name = "timeml", mixinStandardHelpOptions = true,
            description = "Score the TIMEX3s of FactUnit's date and duration mentions (as 'factunit mentions"
                    + " --format json' lists them, with each document's DCT as its publication date) against the"
                    + " gold TIMEX3s of every .tml file under the folders, as TempEval-3 scores time expressions:"
                    + " relaxed (overlap) and strict extraction, and value F1 over all types and over DATE and"
                    + " DURATION. See docs/evaluation.md.")
    static final class TimeMlCommand implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders of TimeML .tml files (searched recursively).")
        List<Path> dirs;

        @Option(names = "--errors", description = "Also list every missed, spurious and wrongly valued timex.")
        boolean errors;

        /** Whose names of places and organisations the person finder knows, as for 'factunit mentions'. */
        @Mixin
        RuleOptions rules;

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            TimeMlBench.run(dirs, rules.names().all(), errors, out);
            return BenchMain.OK;
        }
    }
}
