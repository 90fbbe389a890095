package io.factunit.cli;

import io.factunit.check.Baseline;
import io.factunit.rules.BaselineLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code check} and {@code mutate} both take: the stories, rules, limits, baseline, output and threads. */
final class StoryRunOptions {
    @Parameters(arity = "1..*", paramLabel = "STORY_DIR", description = "Folders of articles about one story each.")
    List<Path> stories;

    @Mixin
    RuleOptions rules;

    @Mixin
    LoadLimits limits;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Accepted discrepancies (YAML).")
    Path baseline;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of stdout.")
    Path output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Work on up to N stories at once (default: the number of processors).")
    Integer threads;

    Baseline loadBaseline() {
        return baseline == null ? Baseline.NONE : new Baseline(new BaselineLoader().load(baseline));
    }

    /**
     * Where --output goes, checked not to replace a story file, another input or a file the run writes too
     * ({@code alsoWritten}); null for stdout.
     */
    Path target(Path... alsoWritten) {
        List<Path> inputs = inputs();
        Arrays.stream(alsoWritten).filter(Objects::nonNull).forEach(inputs::add);
        return output == null ? null : OutputTarget.check(output, stories, inputs);
    }

    /** The files besides the stories that the run reads, which --output must not replace. */
    List<Path> inputs() {
        List<Path> inputs = new ArrayList<>(rules.rules);
        if (baseline != null) {
            inputs.add(baseline);
        }
        return inputs;
    }
}
