package io.factunit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Story folders of hostile shapes (docs/robustness.md): input whose size alone, not its content, sets the
 * work, such as one article on one line, thousands of distinct figures or thousands of one-line articles.
 * Each folder holds the hostile input beside one normal article (the first seed), so every check has two
 * articles to compare. The same shape and size give the same bytes.
 */
public final class HostileShapes {
    /** One shape; {@code bytes} of hostile input go into {@code dir}. */
    public enum Shape {
        ONE_LINE("one-line", "the seed articles on one line, repeated"),
        DISTINCT_FIGURES("distinct-figures", "\"The strike killed 12 people.\" with every figure different"),
        MANY_ARTICLES("many-articles", "one-line articles, each with its own figure"),
        NO_SPACES("no-spaces", "one letter, no spaces"),
        ONES("ones", "1,1,1,..."),
        DATES("dates", "October 7 October 7 ..."),
        ONE_HUNDRED("one-hundred", "one hundred one hundred ...");

        private final String id;
        private final String description;

        Shape(String id, String description) {
            this.id = id;
            this.description = description;
        }

        public String id() {
            return id;
        }

        public String description() {
            return description;
        }

        public static Shape of(String id) {
            for (Shape shape : values()) {
                if (shape.id.equals(id)) {
                    return shape;
                }
            }
            throw new IllegalArgumentException("no shape '" + id + "' (known: " + ids() + ")");
        }

        public static List<String> ids() {
            return Stream.of(values()).map(Shape::id).toList();
        }
    }

    private final String normal;
    private final String seedsOnOneLine;

    private HostileShapes(String normal, String seedsOnOneLine) {
        this.normal = normal;
        this.seedsOnOneLine = seedsOnOneLine;
    }

    /** Shapes built from the seed story's .txt articles. */
    public static HostileShapes fromSeeds(Path seeds) {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed story " + seeds, e);
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no .txt articles in " + seeds);
        }
        String joined = String.join(" ", texts).replaceAll("\\s+", " ").trim() + " ";
        return new HostileShapes(texts.get(0), joined);
    }

    /** Writes the story folder of {@code shape} with {@code bytes} bytes of hostile input into {@code dir}. */
    public void write(Shape shape, long bytes, Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("a-normal.txt"), normal, StandardCharsets.UTF_8);
            if (shape == Shape.MANY_ARTICLES) {
                writeArticles(bytes, dir);
            } else {
                try (Writer out = Files.newBufferedWriter(dir.resolve("b-hostile.txt"), StandardCharsets.UTF_8)) {
                    long written = 0;
                    for (long i = 0; ; i++) {
                        String unit = unit(shape, i);
                        int size = unit.getBytes(StandardCharsets.UTF_8).length;
                        if (written + size > bytes) {
                            out.write(prefix(unit, bytes - written));
                            break;
                        }
                        out.write(unit);
                        written += size;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the shape " + shape.id() + " into " + dir, e);
        }
    }

    /** The i-th repeated piece of a one-article shape. */
    private String unit(Shape shape, long i) {
        return switch (shape) {
            case ONE_LINE -> seedsOnOneLine;
            case DISTINCT_FIGURES -> "The strike killed " + (12 + i) + " people." + (i % 10 == 9 ? "\n\n" : " ");
            case NO_SPACES -> "a";
            case ONES -> "1,";
            case DATES -> "October 7 ";
            case ONE_HUNDRED -> "one hundred ";
            case MANY_ARTICLES -> throw new IllegalStateException("many articles are written one by one");
        };
    }

    /** The longest start of {@code unit} of at most {@code bytes} bytes in UTF-8. */
    private static String prefix(String unit, long bytes) {
        int end = 0;
        long size = 0;
        while (end < unit.length()) {
            int next = unit.offsetByCodePoints(end, 1);
            size += unit.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
            if (size > bytes) {
                break;
            }
            end = next;
        }
        return unit.substring(0, end);
    }

    private static void writeArticles(long bytes, Path dir) throws IOException {
        long written = 0;
        for (int i = 0; ; i++) {
            String article = String.format(Locale.ROOT, "Officials said the strike on the town killed %d people.%n",
                    100 + i);
            if (written + article.length() > bytes) {
                break;
            }
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "b%06d.txt", i)), article, StandardCharsets.UTF_8);
            written += article.length();
        }
    }
}
