package io.factunit.claim;

import io.factunit.concurrent.Futures;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a rule's regular expression where its recursion fits. Java's regex engine recurses once per
 * repetition of a group ({@code (.|\s)*} recurses once per character), and a default thread stack (1 MB)
 * overflows at about 1,500 characters, so whether a pattern worked would depend on which thread met the
 * sentence. Sentences are at most {@code TextAnalyzer.MAX_SENTENCE} (2,000) characters: long ones are matched
 * on threads with a stack that such a sentence cannot exhaust, short ones on the calling thread.
 */
final class DeepStack {
    /** Up to this length even a recursing pattern stays far inside a default stack. */
    static final int INLINE_CHARS = 300;
    /** Reserved address space, not memory: only the pages a match touches are used. */
    private static final long STACK_BYTES = 256L * 1024 * 1024;
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(null, task, "factunit-pattern-" + THREADS.incrementAndGet(), STACK_BYTES);
        thread.setDaemon(true);
        return thread;
    });

    private DeepStack() {
    }

    /** {@code match}, on a deep stack when {@code length} (the text's) could need one. */
    static boolean run(int length, Callable<Boolean> match) {
        if (length <= INLINE_CHARS) {
            return call(match);
        }
        return Futures.await(POOL.submit(match), "matching a rule pattern");
    }

    private static boolean call(Callable<Boolean> match) {
        try {
            return match.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
