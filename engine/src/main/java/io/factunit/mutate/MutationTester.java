package io.factunit.mutate;

import io.factunit.check.CheckResult;
import io.factunit.check.FactChecker;
import io.factunit.check.Status;
import io.factunit.check.StoryReport;
import io.factunit.language.Language;
import io.factunit.report.TempFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a mutation test: each story is checked untouched, its plants are chosen ({@link PlantChooser}), and
 * each plant is made in a copy of the story, under one temporary folder of the run, which is checked again
 * through the same {@link FactChecker} (its compiled rules reused) and judged ({@link Judge}). Only the
 * mutated story is checked again. Stories run on the given threads, one story's plants one after another;
 * the report does not depend on scheduling. The temporary folder is removed at the end, on failure, and
 * when the process is stopped.
 */
public final class MutationTester {
    private static final String TEMP_PREFIX = "factunit-mutate-";
    /** How long a failed run waits for the other stories' checks to stop before removing the copies. */
    private static final long STOP_WAIT_SECONDS = 60;
    /** Plants of one story are reported by kind, then by article and place. */
    private static final Comparator<PlantResult> ORDER = Comparator
            .comparing((PlantResult r) -> r.plant().kind())
            .thenComparing(r -> r.plant().articleId())
            .thenComparingInt(r -> r.plant().start());

    private final FactChecker checker;
    private final MutationSettings settings;
    private final List<Planter> planters;
    private final StoryReader reader;
    private final int threads;

    public MutationTester(FactChecker checker, MutationSettings settings, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.checker = checker;
        this.settings = settings;
        this.planters = planters(checker.language()).stream().filter(p -> settings.kinds().contains(p.kind())).toList();
        this.reader = new StoryReader(checker.language(), checker.rules().names().all());
        this.threads = threads;
    }

    /** One planter per kind, in the kinds' order. */
    static List<Planter> planters(Language language) {
        return List.of(new FigurePlanter(language), new YearPlanter(), new DatePlanter(), new NamePlanter(),
                new QuotePlanter());
    }

    /** Tests the stories in {@code dirs}; {@code done} is called after each story, in order. */
    public MutationReport run(List<Path> dirs, Runnable done) throws IOException {
        Path temp = TempFiles.createFolder(TEMP_PREFIX);
        ForkJoinPool pool = new ForkJoinPool(threads);
        Deque<Future<StoryMutations>> pending = new ArrayDeque<>();
        List<StoryMutations> stories = new ArrayList<>();
        AtomicBoolean stopped = new AtomicBoolean();
        try {
            int next = 0;
            while (next < dirs.size() || !pending.isEmpty()) {
                while (next < dirs.size() && pending.size() < 2 * threads) {
                    Path dir = dirs.get(next);
                    Path under = temp.resolve(Integer.toString(next++));
                    pending.add(pool.submit(() -> story(dir, under, stopped)));
                }
                stories.add(await(pending.removeFirst()));
                done.run();
            }
        } finally {
            stopped.set(true);
            pending.forEach(f -> f.cancel(true));
            pool.shutdownNow();
            awaitStop(pool);
            TempFiles.deleteFolder(temp);
        }
        return new MutationReport(settings, stories);
    }

    private StoryMutations story(Path dir, Path under, AtomicBoolean stopped) throws IOException {
        StoryReport untouched = checker.check(dir);
        List<Finding> failures = new ArrayList<>();
        for (CheckResult result : untouched.results()) {
            if (result.status() == Status.FAILED) {
                failures.add(Finding.of(result, dir));
            }
        }
        List<PlantResult> results = new ArrayList<>();
        Judge judge = new Judge(untouched);
        List<PlantChooser.Chosen> chosen = untouched.story().articles().size() < 2 ? List.of()
                : new PlantChooser(planters, settings.seed(), settings.maxPerStory())
                        .choose(reader.read(untouched.story()), judge);
        if (!chosen.isEmpty()) {
            StoryCopy copy = StoryCopy.of(dir, under);
            for (PlantChooser.Chosen plant : chosen) {
                if (stopped.get()) {
                    throw new CancellationException("the run stopped"); // another story failed
                }
                Path file = plant.article().path();
                copy.write(file, plant.mutated());
                results.add(new PlantResult(plant.plant(), judge.catcher(plant.plant(), checker.check(copy.dir()))));
                copy.write(file, plant.file().bytes());
            }
            TempFiles.deleteFolder(under); // not registered on its own: the run's folder holds it
        }
        results.sort(ORDER);
        return new StoryMutations(dir, results, failures);
    }

    /** Waits for stories still being checked to stop, which they do after their current plant. */
    private static void awaitStop(ForkJoinPool pool) {
        try {
            pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The story's result, or its own exception (bad input stays bad input). */
    private static StoryMutations await(Future<StoryMutations> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while testing stories", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
