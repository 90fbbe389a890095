package io.factunit.check;

/**
 * Receives how long each stage of the pipeline took, for the benchmark. The normal path passes
 * {@link #NONE}, which reads no clock.
 */
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
