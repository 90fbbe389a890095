package io.factunit.bench;

import io.factunit.check.StageTimer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Stage times summed over every thread of a run. */
final class StageTimes implements StageTimer {
    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    StageTimes() {
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
        }
    }

    @Override
    public void add(Stage stage, long time) {
        nanos.get(stage).add(time);
    }

    long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }
}
