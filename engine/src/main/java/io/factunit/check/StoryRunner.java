package io.factunit.check;

import io.factunit.article.Story;
import io.factunit.article.StoryLoader;
import io.factunit.concurrent.Futures;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Loads and checks many story folders on a fixed number of threads, and hands the reports on in folder
 * order, so the output does not depend on scheduling. Small stories gain little from analysing their few
 * articles in parallel; checking several stories at once keeps every core busy. Stories run in a
 * {@link ForkJoinPool}, so the per-article parallel stream inside {@link StoryChecker} shares the same
 * threads instead of adding more. At most two stories per thread are in memory at once: a report is
 * handed on and forgotten before the next story is loaded, so memory does not grow with the corpus.
 */
final class StoryRunner {
    private final StoryChecker checker;
    private final StoryLoader loader;
    private final int threads;

    public StoryRunner(StoryChecker checker, StoryLoader loader, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.checker = checker;
        this.loader = loader;
        this.threads = threads;
    }

    /** Checks each folder (a story of articles), giving each report to {@code sink} in the order of {@code dirs}. */
    public void run(List<Path> dirs, StageTimer timer, Consumer<StoryReport> sink) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        Deque<Future<StoryReport>> pending = new ArrayDeque<>();
        try {
            int next = 0;
            while (next < dirs.size() || !pending.isEmpty()) {
                while (next < dirs.size() && pending.size() < 2 * threads) {
                    Path dir = dirs.get(next++);
                    pending.add(pool.submit(() -> check(dir, timer)));
                }
                // the story's own exception, not an execution error: bad input stays bad input
                sink.accept(Futures.await(pending.removeFirst(), "checking stories"));
            }
        } finally {
            pending.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private StoryReport check(Path dir, StageTimer timer) {
        long start = timer.start();
        Story story = loader.load(dir);
        timer.stop(StageTimer.Stage.LOAD, start);
        return checker.check(story, timer);
    }
}
