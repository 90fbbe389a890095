package io.factunit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code factunit bench shapes}: times {@code factunit check} in a fresh JVM on each hostile shape
 * ({@link HostileShapes}) at two sizes, and holds the time per MB and its growth to targets: time must grow
 * in proportion to the input, whatever its shape. Each story is generated into a temporary folder and
 * deleted after its run.
 */
public final class ShapeBench {
    static final double TARGET_S_PER_MB = 2.0;
    static final double TARGET_RATIO = 4.5;
    private static final String ROW = "%-18s %8s %8s %8s %8s  %s%n";

    /** The sizes in MB (the ratio compares the largest with the smallest), and the shapes to run. */
    public record Options(List<Integer> megabytes, List<HostileShapes.Shape> shapes, Path seeds, Path home,
                          int runs) {
    }

    /** One shape's wall times per size, in seconds (the median of the runs). */
    public record Row(HostileShapes.Shape shape, List<Integer> megabytes, List<Double> seconds) {
        /** At the largest size, where the JVM start and model loading weigh least. */
        double perMegabyte() {
            return last(seconds) / last(megabytes);
        }

        double ratio() {
            return seconds.get(seconds.size() - 1) / seconds.get(0);
        }

        boolean passes() {
            return perMegabyte() <= TARGET_S_PER_MB && (seconds.size() < 2 || ratio() <= TARGET_RATIO);
        }
    }

    private final Options options;

    public ShapeBench(Options options) {
        this.options = options;
    }

    public List<Row> run(PrintStream progress) {
        HostileShapes shapes = HostileShapes.fromSeeds(options.seeds());
        List<Row> rows = new ArrayList<>();
        for (HostileShapes.Shape shape : options.shapes()) {
            List<Double> seconds = new ArrayList<>();
            for (int mb : options.megabytes()) {
                progress.printf(Locale.ROOT, "shape %s, %d MB ...%n", shape.id(), mb);
                seconds.add(time(shapes, shape, mb));
            }
            rows.add(new Row(shape, options.megabytes(), seconds));
        }
        return rows;
    }

    private double time(HostileShapes shapes, HostileShapes.Shape shape, int mb) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("factunit-shape-");
            Path story = temp.resolve(shape.id());
            shapes.write(shape, (long) mb << 20, story);
            List<String> command = ChildJvm.factunit(Benchmark.scriptOptions(options.home()), "check", story.toString(), "--format", "json",
                    "--output", temp.resolve("report.json").toString(), "--fail-on", "never");
            List<Double> walls = new ArrayList<>();
            for (int i = 0; i < options.runs(); i++) {
                ChildJvm.Outcome outcome = ChildJvm.run(command);
                if (outcome.exitCode() != 0) {
                    throw new IllegalStateException("'factunit check' of the shape " + shape.id() + " exited with "
                            + outcome.exitCode());
                }
                walls.add(outcome.wallNanos() / 1e9);
            }
            walls.sort(Comparator.naturalOrder());
            return walls.get(walls.size() / 2);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for a shape", e);
        } finally {
            Benchmark.delete(temp);
        }
    }

    public static void print(List<Row> rows, Options options, PrintStream out) {
        out.printf(Locale.ROOT, "FactUnit hostile shapes: 'factunit check' in a fresh JVM, median of %d run(s);"
                + " each story is the shape beside one normal article%n", options.runs());
        out.printf(Locale.ROOT, "Targets: <= %.1f s per MB at %d MB (wall time, JVM start included), %d MB / %d MB"
                + " time ratio <= %.1f%n%n", TARGET_S_PER_MB, last(options.megabytes()), last(options.megabytes()),
                options.megabytes().get(0), TARGET_RATIO);
        List<String> header = new ArrayList<>();
        for (int mb : options.megabytes()) {
            header.add(mb + " MB s");
        }
        out.printf(ROW, "Shape", header.get(0), header.size() > 1 ? header.get(header.size() - 1) : "", "s/MB",
                "ratio", "Result");
        for (Row row : rows) {
            out.printf(ROW, row.shape().id(), seconds(row.seconds().get(0)),
                    row.seconds().size() > 1 ? seconds(last(row.seconds())) : "",
                    String.format(Locale.ROOT, "%.2f", row.perMegabyte()),
                    row.seconds().size() > 1 ? String.format(Locale.ROOT, "%.2f", row.ratio()) : "",
                    (row.passes() ? "PASS" : "MISS") + "  " + row.shape().description());
        }
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    /** For profiling: writes one shape's story folder and leaves it. */
    public static void write(Path seeds, String shape, int megabytes, Path dir) {
        HostileShapes.fromSeeds(seeds).write(HostileShapes.Shape.of(shape), (long) megabytes << 20, dir);
    }
}
