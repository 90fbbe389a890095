package io.factunit.cli;

import io.factunit.check.Baseline;
import io.factunit.check.FactChecker;
import io.factunit.mutate.MutationJson;
import io.factunit.mutate.MutationReport;
import io.factunit.mutate.MutationSettings;
import io.factunit.mutate.MutationTester;
import io.factunit.mutate.MutationText;
import io.factunit.mutate.PlantKind;
import io.factunit.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "mutate", mixinStandardHelpOptions = true,
        description = "Mutation testing for rule packs: plant one contradiction at a time (a figure, a year, a"
                + " date, a name spelling, a quote word) in copies of the stories, where two or more articles"
                + " state the same fact in the same words, check each copy, and report per kind how many the"
                + " rules caught, which they missed, and the failures of the untouched stories. The copies live"
                + " in a temporary folder and are removed. Exit 0: done (whatever was caught); 2: bad input or"
                + " usage.")
final class MutateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoryRunOptions run;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + MutationSettings.DEFAULT_SEED,
            description = "Where and what to plant follows this number: the same seed, the same plants"
                    + " (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--kinds", paramLabel = "KIND", split = ",",
            description = "What to plant: figure, year, date, name, quote, separated by commas (default: all).")
    List<String> kinds;

    @Option(names = "--max-per-story", paramLabel = "N", defaultValue = "" + MutationSettings.DEFAULT_MAX_PER_STORY,
            description = "At most N plants of each kind per story (default: ${DEFAULT-VALUE}).")
    int maxPerStory;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        boolean json = switch (format) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new UsageException("--format must be text or json, not '" + format + "'");
        };
        MutationSettings settings = settings();
        Path target = run.target();
        int workers = Stories.threads(run.threads);
        List<Path> folders = Stories.folders(run.stories);
        RuleSet ruleSet = run.rules.load();
        Baseline accepted = run.loadBaseline();
        FactChecker checker = FactChecker.builder(ruleSet).compiled(Startup.compile(() -> ruleSet))
                .language(Startup.language().get()).baseline(accepted).loadOptions(run.limits.options())
                .threads(workers)
                .build();
        MutationReport report;
        try (Progress progress = Progress.of(folders.size())) {
            report = new MutationTester(checker, settings, workers).run(folders, progress::step);
        }
        try (ReportOutput out = ReportOutput.open(target, spec.commandLine().getOut())) {
            out.writer().write(json ? MutationJson.render(report) : MutationText.render(report));
            out.publish();
        }
        return ExitCodes.OK;
    }

    private MutationSettings settings() {
        List<PlantKind> planted = new ArrayList<>(kinds == null ? List.of(PlantKind.values()) : List.of());
        try {
            for (String kind : kinds == null ? List.<String>of() : kinds) {
                planted.add(PlantKind.of(kind));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--kinds: " + e.getMessage());
        }
        if (maxPerStory < 1) {
            throw new UsageException("--max-per-story must be at least 1, not " + maxPerStory);
        }
        return new MutationSettings(seed, planted, maxPerStory);
    }
}
