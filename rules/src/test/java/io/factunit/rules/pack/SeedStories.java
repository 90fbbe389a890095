package io.factunit.rules.pack;

import io.factunit.article.StoryLoader;
import io.factunit.check.Baseline;
import io.factunit.check.CheckResult;
import io.factunit.check.RuleCompiler;
import io.factunit.check.Status;
import io.factunit.check.StoryChecker;
import io.factunit.check.StoryReport;
import io.factunit.language.Language;
import io.factunit.rules.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs the default pack over the seeds, or over a copy of them with one planted change. */
final class SeedStories {
    static final Path SEEDS = Path.of("../seeds");
    private static final StoryChecker CHECKER = new StoryChecker(
            RuleCompiler.compile(new RuleSetLoader().loadClasspathPacks(SeedStories.class.getClassLoader()),
                    Language.english()), Baseline.NONE);

    private SeedStories() {
    }

    static StoryReport check(Path dir) {
        return CHECKER.check(new StoryLoader().load(dir));
    }

    /** Copies the seeds into {@code dir}, replacing {@code from} by {@code to} in one article. */
    static Path plant(Path dir, String article, String from, String to) throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        if (article != null) {
            Path target = dir.resolve(article);
            String text = Files.readString(target);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(article + " does not contain " + from);
            }
            Files.writeString(target, text.replace(from, to));
        }
        return dir;
    }

    static List<CheckResult> results(StoryReport report, String check) {
        return report.results().stream().filter(r -> r.check().id().equals(check)).toList();
    }

    static List<String> failures(StoryReport report) {
        return report.results().stream().filter(r -> r.status() == Status.FAILED)
                .map(r -> r.check().id() + ": " + r.summary()).toList();
    }
}
