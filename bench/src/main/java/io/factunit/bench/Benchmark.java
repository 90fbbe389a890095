package io.factunit.bench;

import io.factunit.corpus.CorpusGenerator;
import io.factunit.corpus.Planted;
import io.factunit.rules.RuleSetLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark behind {@code factunit bench}: cold runs on the seeds, the cold Drools build, a breakdown of
 * a cold run, and a scaling series over generated corpora, each measured in fresh JVMs. Corpora go to a
 * temporary folder and are deleted after their step.
 */
public final class Benchmark {
    /** The JVM flags of the {@code factunit} script, when the bench is not started through it. */
    static final String JAVA_FALLBACK = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto";
    static final String STEP_HEAP = "-Xmx512m";

    /**
     * @param home  the checkout the factunit script runs from, or null when run some other way
     * @param runs  how many cold runs to take the median of
     */
    public record Options(List<Integer> sizes, long seed, int threads, Path seeds, Path home, int runs) {
    }

    /** One step of the scaling series, as its child JVM reported it. */
    public record Step(int size, Map<String, String> figures, long childWallNanos, int planted, int caught,
                Map<String, int[]> byKind) {
        long number(String key) {
            return Long.parseLong(figures.getOrDefault(key, "0"));
        }
    }

    /** Everything measured, for {@link BenchReport}. */
    public record Results(Options options, double loadBefore, double loadAfter, List<Long> coldRuns,
                   List<Double> kieBaseMillis, Map<String, String> coldStages, List<Step> steps) {
    }

    private final Options options;

    public Benchmark(Options options) {
        this.options = options;
    }

    public Results run(java.io.PrintStream progress) {
        double loadBefore = load();
        progress.println("cold runs of 'factunit check " + options.seeds() + "' ...");
        List<Long> cold = coldRuns();
        progress.println("cold KieBase builds ...");
        List<Double> kieBase = new ArrayList<>();
        for (int i = 0; i < options.runs(); i++) {
            ChildJvm.Outcome outcome = ChildJvm.run(ChildJvm.bench(scriptOptions(), "kiebase"));
            kieBase.add(Double.parseDouble(require(outcome, "kiebase_ms")));
        }
        Map<String, String> stages = ChildJvm.run(ChildJvm.bench(scriptOptions(), "cold-stages",
                options.seeds().toString())).figures();
        // the default pack's names (places, organisations) are no people to rename, as the checked runs know
        CorpusGenerator generator = CorpusGenerator.fromSeeds(options.seeds(),
                new RuleSetLoader().loadClasspathPacks(Benchmark.class.getClassLoader()).names().all());
        List<Step> steps = new ArrayList<>();
        for (int size : options.sizes()) {
            progress.println("scaling step: " + size + " articles ...");
            steps.add(step(generator, size));
        }
        return new Results(options, loadBefore, load(), cold, kieBase, stages, steps);
    }

    private List<Long> coldRuns() {
        List<String> command = options.home() != null && Files.isExecutable(options.home().resolve("factunit"))
                ? List.of(options.home().resolve("factunit").toString(), "check", options.seeds().toString())
                : ChildJvm.factunit(scriptOptions(), "check", options.seeds().toString());
        ChildJvm.run(command); // not counted: lets the script finish any build and the OS cache the files
        List<Long> walls = new ArrayList<>();
        for (int i = 0; i < options.runs(); i++) {
            ChildJvm.Outcome outcome = ChildJvm.run(command);
            if (outcome.exitCode() > 1) {
                throw new IllegalStateException("'" + String.join(" ", command) + "' failed with exit code "
                        + outcome.exitCode());
            }
            walls.add(outcome.wallNanos());
        }
        return walls;
    }

    private Step step(CorpusGenerator generator, int size) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("factunit-bench-");
            CorpusGenerator.Corpus corpus = generator.generate(options.seed(), size, temp.resolve("corpus"));
            List<String> jvm = new ArrayList<>(scriptOptions());
            jvm.add(STEP_HEAP);
            ChildJvm.Outcome outcome = ChildJvm.run(ChildJvm.bench(jvm, "step", corpus.dir().toString(),
                    "--threads", Integer.toString(options.threads())));
            require(outcome, "wall_ns");
            List<String> failed = outcome.all("failed_claim");
            Map<String, int[]> byKind = new java.util.TreeMap<>();
            int found = 0;
            for (Planted planted : corpus.planted()) {
                boolean hit = caught(planted, failed);
                found += hit ? 1 : 0;
                int[] counts = byKind.computeIfAbsent(planted.kind(), k -> new int[2]);
                counts[0]++;
                counts[1] += hit ? 1 : 0;
            }
            return new Step(size, outcome.figures(), outcome.wallNanos(), corpus.planted().size(), found, byKind);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the corpus", e);
        } finally {
            delete(temp);
        }
    }

    /** A plant is caught when a failed check holds a claim from its article that says the planted words. */
    private static boolean caught(Planted planted, List<String> failedClaims) {
        String where = planted.story() + "/" + planted.file() + "\t";
        for (String claim : failedClaims) {
            if (claim.startsWith(where) && claim.substring(where.length()).contains(planted.to())) {
                return true;
            }
        }
        return false;
    }

    /** The flags the {@code factunit} script runs the CLI with: every child runs as a real check would. */
    private List<String> scriptOptions() {
        return scriptOptions(options.home());
    }

    static List<String> scriptOptions(Path home) {
        List<String> jvm = ChildJvm.options("FACTUNIT_JAVA", JAVA_FALLBACK);
        archive(home).ifPresent(jvm::add);
        return jvm;
    }

    /** The script's class-data archive, when there is one: children start as the CLI does. */
    private static java.util.Optional<String> archive(Path home) {
        if (home == null) {
            return java.util.Optional.empty();
        }
        Path archive = home.resolve("engine/target/factunit.jsa");
        return Files.exists(archive) ? java.util.Optional.of("-XX:SharedArchiveFile=" + archive)
                : java.util.Optional.empty();
    }

    private static String require(ChildJvm.Outcome outcome, String key) {
        String value = outcome.figures().get(key);
        if (value == null) {
            throw new IllegalStateException("a benchmark child exited with " + outcome.exitCode()
                    + " without reporting " + key + "; its output:\n" + outcome.stdout());
        }
        return value;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the benchmark corpus " + dir, e);
        }
    }
}
