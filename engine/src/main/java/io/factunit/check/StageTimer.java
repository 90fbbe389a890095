package io.factunit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Receives how long each stage of the pipeline took, for the benchmark. The normal path passes
 * {@link #NONE}, which reads no clock.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface StageTimer {
    /** The pipeline's stages, in order. */
    enum Stage { LOAD, ANALYSIS, MENTIONS, CLAIMS, DROOLS_BUILD, INSERT_FIRE, REPORT }

    /** Measures nothing. */
    StageTimer NONE = (stage, nanos) -> { };

    void add(Stage stage, long nanos);

    /** Whether calls are worth timing; false for {@link #NONE}. */
    default boolean enabled() {
        return this != NONE;
    }

    /** The clock, or 0 when not timing. */
    default long start() {
        return enabled() ? System.nanoTime() : 0;
    }

    /** Adds the time since {@code start} to a stage. */
    default void stop(Stage stage, long start) {
        if (enabled()) {
            add(stage, System.nanoTime() - start);
        }
    }
}
