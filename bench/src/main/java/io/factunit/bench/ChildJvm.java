package io.factunit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a fresh JVM (or the {@code factunit} script) and times it from the outside. Cold figures need a new
 * process each time; a step with its own -Xmx proves a heap bound.
 */
final class ChildJvm {
    /** How a child went: its wall time as the parent saw it, its exit code and what it printed. */
    record Outcome(long wallNanos, int exitCode, String stdout) {
        /** The child's {@code key=value} lines; a repeated key keeps its first value. */
        Map<String, String> figures() {
            Map<String, String> figures = new LinkedHashMap<>();
            for (String line : stdout.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    figures.putIfAbsent(line.substring(0, eq), line.substring(eq + 1).trim());
                }
            }
            return figures;
        }

        /** Every value of a repeated key. */
        List<String> all(String key) {
            List<String> values = new ArrayList<>();
            for (String line : stdout.split("\n")) {
                if (line.startsWith(key + "=")) {
                    values.add(line.substring(key.length() + 1).trim());
                }
            }
            return values;
        }
    }

    private ChildJvm() {
    }

    /** java with these options and this JVM's class path, running {@code io.factunit.cli.Main args}. */
    static List<String> factunit(List<String> options, String... args) {
        return java(options, "io.factunit.cli.Main", args);
    }

    /**
     * The same for {@code factunit bench args} ({@link BenchMain}). Started by the script, this JVM's class
     * path is the CLI's with the bench jar after it, so the script's class-data archive still applies.
     */
    static List<String> bench(List<String> options, String... args) {
        return java(options, BenchMain.class.getName(), args);
    }

    private static List<String> java(List<String> options, String main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main);
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** JVM options from an environment variable the factunit script sets, else {@code fallback}. */
    static List<String> options(String variable, String fallback) {
        String value = System.getenv(variable);
        List<String> options = new ArrayList<>(List.of((value == null || value.isBlank() ? fallback : value).trim()
                .split("\\s+")));
        options.addAll(List.of("-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr"));
        return options;
    }

    static Outcome run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        try {
            Process process = builder.start();
            String stdout;
            try (InputStream in = process.getInputStream()) {
                stdout = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int exit = process.waitFor();
            return new Outcome(System.nanoTime() - start, exit, stdout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }
}
