package io.factunit.bench;

import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.Article;
import io.factunit.article.StoryLoader;
import io.factunit.check.CheckResult;
import io.factunit.check.CompiledRules;
import io.factunit.check.FactChecker;
import io.factunit.check.RuleCompiler;
import io.factunit.check.StageTimer.Stage;
import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import io.factunit.claim.Claim;
import io.factunit.language.Language;
import io.factunit.report.TextReport;
import io.factunit.rules.RuleSet;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One step of the scaling series, run in a child JVM of its own (so its heap bound is real and its figures
 * are not helped by an earlier step): the whole pipeline over a generated corpus, from loading the files to
 * rendering each story's text report, stories processed and released one at a time. Prints its figures as
 * {@code key=value} lines for {@link BenchCommand}'s parent to read.
 */
public final class ScaleStep {
    private ScaleStep() {
    }

    /** Checks every story under {@code corpus} on {@code threads} threads and prints the figures to {@code out}. */
    public static void run(Path corpus, int threads, RuleSet rules, PrintStream out) {
        HeapWatch heap = new HeapWatch();
        StageTimes times = new StageTimes();
        Language language = Language.english();
        long start = System.nanoTime();
        CompiledRules compiled = RuleCompiler.compile(rules, language);
        times.add(Stage.DROOLS_BUILD, System.nanoTime() - start);
        TextAnalyzer.shared();
        long setup = System.nanoTime() - start;

        FactChecker checker = FactChecker.builder(rules).language(language).compiled(() -> compiled).threads(threads)
                .build();
        TextReport report = new TextReport();
        long[] counts = new long[4]; // stories, articles, bytes of text, characters of report
        Set<String> caught = new LinkedHashSet<>();
        MachineLoad load = MachineLoad.start();
        long processing = System.nanoTime();
        List<Path> stories = StoryLoader.requireStoryFolders(corpus);
        checker.checkAll(stories, times, story -> {
            long rendering = System.nanoTime();
            counts[3] += report.render(List.of(story)).length();
            times.add(Stage.REPORT, System.nanoTime() - rendering);
            counts[0]++;
            counts[1] += story.story().articles().size();
            counts[2] += story.story().articles().stream().mapToLong(ScaleStep::bytes).sum();
            caught.addAll(failedClaims(story));
        });
        long wall = System.nanoTime() - processing;
        MachineLoad.Usage usage = load.stop();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("stories", counts[0]);
        figures.put("articles", counts[1]);
        figures.put("bytes", counts[2]);
        figures.put("report_chars", counts[3]);
        figures.put("setup_ns", setup);
        figures.put("wall_ns", wall);
        figures.put("cpu_ns", usage.processCpuNanos());
        figures.put("machine_busy_cores", usage.busyCores());
        for (Stage stage : Stage.values()) {
            figures.put("stage." + stage.name().toLowerCase() + "_ns", times.nanos(stage));
        }
        figures.put("heap_peak", heap.peakUsed());
        figures.put("heap_after_gc", heap.liveAfterGc());
        figures.put("heap_max", heap.max());
        figures.forEach((key, value) -> out.println(key + "=" + value));
        caught.forEach(claim -> out.println("failed_claim=" + claim));
        out.flush();
    }

    /** The article text's size in UTF-8, as it was read (boilerplate included). */
    private static long bytes(Article article) {
        return article.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** "story-00003/a02.txt\tnearly 13,000" for every claim in a failed check: where, and what it says. */
    private static Set<String> failedClaims(StoryReport story) {
        Set<String> claims = new LinkedHashSet<>();
        for (CheckResult result : story.results()) {
            if (result.status() == Status.FAILED) {
                for (Claim claim : result.claims()) {
                    claims.add(story.story().id() + "/" + claim.article().path().getFileName() + "\t"
                            + claim.mention().text().replace('\n', ' '));
                }
            }
        }
        return claims;
    }
}
