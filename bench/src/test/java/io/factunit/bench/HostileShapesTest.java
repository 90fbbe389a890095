package io.factunit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile shapes of {@code factunit bench shapes} are the same bytes every time, and the size asked for. */
class HostileShapesTest {
    private static final HostileShapes SHAPES = HostileShapes.fromSeeds(Path.of("../seeds"));
    private static final int SIZE = 20_000;

    @Test
    void everyShapeIsTheSameBytesEveryTimeAndJustUnderItsSize(@TempDir Path one, @TempDir Path two) {
        for (HostileShapes.Shape shape : HostileShapes.Shape.values()) {
            SHAPES.write(shape, SIZE, one.resolve(shape.id()));
            HostileShapes.fromSeeds(Path.of("../seeds")).write(shape, SIZE, two.resolve(shape.id()));

            Map<String, String> files = files(one.resolve(shape.id()));
            assertThat(files(two.resolve(shape.id()))).as(shape.id()).isEqualTo(files);
            long hostile = files.entrySet().stream().filter(e -> !e.getKey().equals("a-normal.txt"))
                    .mapToLong(e -> e.getValue().getBytes(StandardCharsets.UTF_8).length).sum();
            // whole one-line articles, else the last piece cut to fit (short of a multi-byte char at most)
            long least = shape == HostileShapes.Shape.MANY_ARTICLES ? SIZE - 57 : SIZE - 3;
            assertThat(hostile).as(shape.id()).isBetween(least, (long) SIZE);
        }
    }

    @Test
    void theShapesHoldWhatTheirNamesSay(@TempDir Path dir) {
        SHAPES.write(HostileShapes.Shape.ONE_LINE, SIZE, dir.resolve("one-line"));
        SHAPES.write(HostileShapes.Shape.DISTINCT_FIGURES, SIZE, dir.resolve("figures"));
        SHAPES.write(HostileShapes.Shape.MANY_ARTICLES, SIZE, dir.resolve("many"));
        SHAPES.write(HostileShapes.Shape.DATES, 30, dir.resolve("dates"));

        assertThat(files(dir.resolve("one-line")).get("b-hostile.txt")).doesNotContain("\n");
        assertThat(files(dir.resolve("figures")).get("b-hostile.txt"))
                .startsWith("The strike killed 12 people. The strike killed 13 people.");
        Map<String, String> many = files(dir.resolve("many"));
        assertThat(many).hasSize(1 + SIZE / 57);
        assertThat(many.get("b000000.txt")).isEqualTo("Officials said the strike on the town killed 100 people.\n");
        assertThat(files(dir.resolve("dates")).get("b-hostile.txt")).isEqualTo("October 7 October 7 October 7 ");
        SHAPES.write(HostileShapes.Shape.DATES, 25, dir.resolve("cut"));
        assertThat(files(dir.resolve("cut")).get("b-hostile.txt")).isEqualTo("October 7 October 7 Octob");
    }

    private static Map<String, String> files(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path path : paths.toList()) {
                files.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
