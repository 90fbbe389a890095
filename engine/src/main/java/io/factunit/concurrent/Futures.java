package io.factunit.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to another thread, so that what the work threw reaches the waiting thread as it was. */
public final class Futures {
    private Futures() {
    }

    /**
     * The result of {@code future}. What the task threw is thrown again unwrapped when it is unchecked (bad input
     * stays bad input, not an execution error); a checked exception is wrapped. An interrupt cancels the task,
     * keeps the thread's interrupt status and ends in an IllegalStateException "interrupted while {@code doing}".
     */
    public static <T> T await(Future<T> future, String doing) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
