package io.factunit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.article.Story;
import io.factunit.article.StoryLoader;
import io.factunit.language.TestLanguage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark corpus is reproducible from its seed, and shaped as the benchmark promises. */
class CorpusGeneratorTest {
    private static CorpusGenerator generator;

    @BeforeAll
    static void fromTheSeedStory() {
        generator = CorpusGenerator.fromSeeds(Path.of("../seeds"), TestLanguage.NEWS_NAMES);
    }

    @Test
    void theSameSeedGivesTheSameCorpusByteForByte(@TempDir Path one, @TempDir Path two) {
        generator.generate(42, 120, one);
        CorpusGenerator.fromSeeds(Path.of("../seeds"), TestLanguage.NEWS_NAMES).generate(42, 120, two);

        Map<String, String> first = files(one);
        assertThat(first).hasSizeGreaterThan(120);
        assertThat(files(two)).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherCorpus(@TempDir Path one, @TempDir Path two) {
        generator.generate(42, 60, one);
        generator.generate(43, 60, two);

        assertThat(files(two)).isNotEqualTo(files(one));
    }

    @Test
    void storiesHoldThreeToTenArticlesAndAddUpToTheRequestedCount(@TempDir Path dir) {
        CorpusGenerator.Corpus corpus = generator.generate(5, 203, dir);

        int articles = 0;
        for (Path folder : corpus.stories()) {
            Story story = new StoryLoader().load(folder);
            assertThat(story.articles()).hasSizeBetween(3, 10);
            assertThat(story.articles()).allSatisfy(a -> assertThat(a.source()).isNotBlank());
            articles += story.articles().size();
        }
        assertThat(articles).isEqualTo(203).isEqualTo(corpus.articles());
        assertThat(corpus.bytes()).isEqualTo(articleBytes(dir));
    }

    @Test
    void storiesDifferFromTheSeedsAndPlantedDiscrepanciesAreInTheirFiles(@TempDir Path dir) throws IOException {
        CorpusGenerator.Corpus corpus = generator.generate(11, 100, dir);
        String seedText = Files.readString(Path.of("../seeds/001_da2c65fc36121cf0.txt"));

        assertThat(files(dir).values()).noneMatch(text -> text.contains("Haniyeh") || text.equals(seedText));
        assertThat(corpus.planted()).extracting(Planted::kind).contains("figure", "spelling", "weekday");
        for (Planted planted : corpus.planted()) {
            String text = Files.readString(dir.resolve(planted.story()).resolve(planted.file()));
            assertThat(text).as("%s", planted).contains(planted.to());
        }
    }

    @Test
    void figuresKeepTheirWritingAndPrecision() {
        assertThat(Figures.scale("20,000", 1.3)).isEqualTo("26,000");
        assertThat(Figures.scale("7,729", 1.1)).isEqualTo("8,502");
        assertThat(Figures.scale("240", 0.5)).isEqualTo("120");
        assertThat(Figures.scale("1.9", 2)).isEqualTo("3.8");
        assertThat(Figures.scale("1200", 1.5)).isEqualTo("1800");
    }

    private static Map<String, String> files(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readString(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static long articleBytes(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            long bytes = 0;
            for (Path path : paths.filter(p -> p.toString().endsWith(".txt")).toList()) {
                bytes += Files.size(path);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
