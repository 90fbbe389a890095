package io.factunit.bench;

import io.factunit.check.StageTimer.Stage;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the benchmark's figures, each against its target with PASS or MISS, then the detail behind them. */
public final class BenchReport {
    static final double TARGET_MB_PER_S = 2.0;
    static final double TARGET_COLD_S = 1.0;
    static final double TARGET_KIEBASE_S = 0.5;
    static final double TARGET_RATIO = 11.0;
    static final long TARGET_HEAP = 512L << 20;
    private static final String ROW = "%-44s %-26s %-12s %s%n";

    private BenchReport() {
    }

    public static void print(Benchmark.Results results, PrintStream out) {
        Benchmark.Options options = results.options();
        out.printf(Locale.ROOT, "FactUnit benchmark: default rule pack, seed %d, %d thread(s)%n", options.seed(),
                options.threads());
        out.printf(Locale.ROOT, "Machine: %d processors, Java %s (%s), load average %.2f before, %.2f after%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), results.loadBefore(), results.loadAfter());
        out.printf(ROW, "Figure", "Measured", "Target", "Result");
        double cold = median(results.coldRuns().stream().map(n -> n / 1e9).toList());
        row(out, "Cold CLI run on the seeds (median of " + results.coldRuns().size() + ")",
                String.format(Locale.ROOT, "%.2f s (%.2f-%.2f)", cold, min(results.coldRuns()) / 1e9,
                        max(results.coldRuns()) / 1e9), "<= 1.0 s", cold <= TARGET_COLD_S);
        double kieBase = median(results.kieBaseMillis()) / 1000;
        row(out, "Drools KieBase build, cold (median of " + results.kieBaseMillis().size() + ")",
                String.format(Locale.ROOT, "%.2f s", kieBase), "<= 0.5 s", kieBase <= TARGET_KIEBASE_S);
        List<Benchmark.Step> steps = results.steps();
        Benchmark.Step last = steps.get(steps.size() - 1);
        double mbPerS = megabytes(last) / seconds(last);
        row(out, "Throughput at " + last.size() + " articles", String.format(Locale.ROOT, "%.2f MB/s, %.0f art/s",
                mbPerS, last.number("articles") / seconds(last)), ">= 2 MB/s", mbPerS >= TARGET_MB_PER_S);
        int cores = Math.min(options.threads(), Runtime.getRuntime().availableProcessors());
        out.printf(ROW, "  the same on " + cores + " idle core(s), projected", String.format(Locale.ROOT,
                "%.2f MB/s", megabytes(last) / cpuSeconds(last) * cores), "", "info (MB per CPU-s x cores)");
        for (int i = 1; i < steps.size(); i++) {
            Benchmark.Step before = steps.get(i - 1);
            Benchmark.Step after = steps.get(i);
            double ratio = seconds(after) / seconds(before);
            boolean judged = before.size() == 1000 && after.size() == 10000;
            String target = judged ? "<= 11x" : "(" + after.size() / Math.max(before.size(), 1) + "x the articles)";
            out.printf(ROW, "Time " + before.size() + " -> " + after.size() + " articles",
                    String.format(Locale.ROOT, "%.1fx", ratio), target,
                    judged ? (ratio <= TARGET_RATIO ? "PASS" : "MISS") : "info");
        }
        long peak = last.number("heap_peak");
        row(out, "Peak heap at " + last.size() + " articles (" + Benchmark.STEP_HEAP + ")",
                String.format(Locale.ROOT, "%d MB (after GC <= %d MB)", peak >> 20, last.number("heap_after_gc") >> 20),
                "<= 512 MB", peak <= TARGET_HEAP);

        out.printf("%nScaling series (processing = load to report, after the models and rules are ready):%n");
        out.printf("%8s %7s %6s %9s %6s %7s %7s %6s %6s %8s %8s %9s%n", "articles", "stories", "MB", "process s",
                "MB/s", "art/s", "setup s", "CPU s", "ours", "machine", "heap", "caught");
        for (Benchmark.Step step : steps) {
            out.printf(Locale.ROOT, "%8d %7d %6.1f %9.2f %6.2f %7.0f %7.2f %6.1f %6.2f %8s %5d MB %4d/%-4d%n",
                    step.number("articles"), step.number("stories"), megabytes(step), seconds(step),
                    megabytes(step) / seconds(step), step.number("articles") / seconds(step),
                    step.number("setup_ns") / 1e9, cpuSeconds(step), cpuSeconds(step) / seconds(step),
                    step.figures().getOrDefault("machine_busy_cores", "?").replaceAll("(\\.\\d\\d)\\d*", "$1"),
                    step.number("heap_peak") >> 20, step.caught(), step.planted());
        }
        out.println("(ours = cores this process kept busy; machine = busy cores on the whole machine, others included;"
                + " setup = rules, KieBase and models before the first story; heap = peak used)");
        out.printf("%nPlanted discrepancies caught at %d articles (a failed check quotes the planted words):%n",
                last.size());
        last.byKind().forEach((kind, counts) -> out.printf("  %-10s %d of %d%n", kind, counts[1], counts[0]));

        out.printf("%nTime per stage at %d articles (summed over the threads; Drools build once):%n", last.size());
        long total = 0;
        for (Stage stage : Stage.values()) {
            total += last.number(stageKey(stage));
        }
        for (Stage stage : Stage.values()) {
            long nanos = last.number(stageKey(stage));
            out.printf(Locale.ROOT, "  %-12s %9.0f ms %5.1f%%  %8.3f ms/article%n", stage.name().toLowerCase(Locale.ROOT),
                    nanos / 1e6, 100.0 * nanos / Math.max(total, 1), nanos / 1e6 / Math.max(last.number("articles"), 1));
        }

        out.printf("%nA cold run stage by stage, one after the other in one fresh JVM (the CLI overlaps the models"
                + " with the rules and Drools):%n");
        for (Map.Entry<String, String> stage : results.coldStages().entrySet()) {
            out.printf(Locale.ROOT, "  %-16s %8.0f ms%n", stage.getKey().replace("cold.", "").replace("_ms", ""),
                    Double.parseDouble(stage.getValue()));
        }
    }

    private static String stageKey(Stage stage) {
        return "stage." + stage.name().toLowerCase(Locale.ROOT) + "_ns";
    }

    private static void row(PrintStream out, String figure, String measured, String target, boolean pass) {
        out.printf(ROW, figure, measured, target, pass ? "PASS" : "MISS");
    }

    private static double megabytes(Benchmark.Step step) {
        return step.number("bytes") / 1e6;
    }

    private static double cpuSeconds(Benchmark.Step step) {
        return step.number("cpu_ns") / 1e9;
    }

    private static double seconds(Benchmark.Step step) {
        return step.number("wall_ns") / 1e9;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
