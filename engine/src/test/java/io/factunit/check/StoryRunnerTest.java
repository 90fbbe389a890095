package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factunit.article.InputException;
import io.factunit.article.StoryLoader;
import io.factunit.corpus.CorpusGenerator;
import io.factunit.language.TestLanguage;
import io.factunit.report.TextReport;
import io.factunit.rules.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories checked on several threads come out in folder order, exactly as on one thread. */
class StoryRunnerTest {
    private final StoryChecker checker = new StoryChecker(RuleCompiler.compile(
            new RuleSetLoader().loadClasspathPacks(StoryRunnerTest.class.getClassLoader()),
            TestLanguage.ENGLISH), Baseline.NONE);

    @Test
    void reportsAreTheSameAndInOrderWhateverTheThreads(@TempDir Path dir) {
        List<Path> stories = CorpusGenerator.fromSeeds(Path.of("../seeds"), TestLanguage.NEWS_NAMES)
                .generate(3, 60, dir).stories();

        String oneThread = report(stories, 1);
        assertThat(report(stories, 3)).isEqualTo(oneThread);
        assertThat(oneThread.indexOf("story-00001")).isLessThan(oneThread.indexOf("story-00002"));
    }

    @Test
    void badInputInOneStoryIsReportedAsItself(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty/story.yaml"), "title: nothing here\n");

        assertThatThrownBy(() -> new StoryRunner(checker, new StoryLoader(), 2).run(List.of(dir.resolve("empty")),
                StageTimer.NONE, r -> { })).isInstanceOf(InputException.class).hasMessageContaining("no articles");
    }

    private String report(List<Path> stories, int threads) {
        List<StoryReport> reports = new ArrayList<>();
        new StoryRunner(checker, new StoryLoader(), threads).run(stories, StageTimer.NONE, reports::add);
        assertThat(reports).hasSize(stories.size());
        return new TextReport().render(reports);
    }
}
