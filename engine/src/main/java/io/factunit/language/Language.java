package io.factunit.language;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apiguardian.api.API;

/**
 * What the checker knows about one language: its word lists, read from one folder of plain text files
 * ({@code docs/language.md}). A value: the entry points make one ({@link #english()}) and pass it to every
 * stage that reads words; nothing reaches for a shared instance. Immutable and safe to share between threads.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Language {
    /** The resource folder of the built-in languages; each language is a folder named by its code in it. */
    static final String RESOURCES = "/io/factunit/language/";

    private final String code;
    private final Map<String, WordTable> tables;
    /**
     * The gazetteers (given names, the WordNet lists: 57,000 lines), read on a thread of their own while the rest
     * of a cold start goes on; {@link #words} waits for them on first use.
     */
    private final Map<String, Future<WordTable>> gazetteers;
    /** Every list's rows by file but the gazetteers': what makes two languages equal, with those. */
    private final Map<String, List<WordTable.Row>> rows = new HashMap<>();
    /** What stages build from the lists (lookups, patterns), once per language: see {@link #view}. */
    private final Map<Class<?>, Object> views = new java.util.concurrent.ConcurrentHashMap<>();

    private Language(String code, Map<String, WordTable> tables,
            Map<String, Future<WordTable>> gazetteers) {
        this.code = code;
        this.tables = Map.copyOf(tables);
        this.gazetteers = Map.copyOf(gazetteers);
        tables.forEach((file, table) -> rows.put(file, table.rows()));
    }

    /** English, read from the resources that ship in the jar. */
    public static Language english() {
        return fromResources("en");
    }

    /** A built-in language by its folder's name under {@value #RESOURCES}. */
    public static Language fromResources(String code) {
        Map<String, WordTable> tables = new HashMap<>();
        for (WordList list : WordList.values()) {
            if (!list.isGazetteer()) {
                tables.put(list.file(), readResource(code, list));
            }
        }
        FutureTask<Map<String, WordTable>> large = new FutureTask<>(() -> {
            Map<String, WordTable> read = new HashMap<>();
            for (WordList list : WordList.values()) {
                if (list.isGazetteer()) {
                    read.put(list.file(), readResource(code, list));
                }
            }
            return read;
        });
        Thread reader = new Thread(large, "factunit-gazetteers-" + code);
        reader.setDaemon(true);
        reader.start();
        Map<String, Future<WordTable>> gazetteers = new HashMap<>();
        for (WordList list : WordList.values()) {
            if (list.isGazetteer()) {
                gazetteers.put(list.file(), new Part(large, list.file()));
            }
        }
        return new Language(code, tables, gazetteers);
    }

    private static WordTable readResource(String code, WordList list) {
        String resource = RESOURCES + code + "/" + list.file();
        try (InputStream in = Language.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("language " + code + " lacks " + resource);
            }
            return read(list.file(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** One table of the gazetteers read together in the background. */
    private record Part(Future<Map<String, WordTable>> all, String file)
            implements Future<WordTable> {
        @Override
        public boolean cancel(boolean interrupt) {
            return false;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean isDone() {
            return all.isDone();
        }

        @Override
        public WordTable get() throws InterruptedException, ExecutionException {
            return all.get().get(file);
        }

        @Override
        public WordTable get(long timeout, TimeUnit unit) throws InterruptedException,
                ExecutionException, TimeoutException {
            return all.get(timeout, unit).get(file);
        }
    }

    /** A language read from a folder holding every file of {@link WordList} (tests, a newsroom's own lists). */
    public static Language fromDirectory(Path folder) {
        Map<String, WordTable> tables = new HashMap<>();
        for (WordList list : WordList.values()) {
            Path file = folder.resolve(list.file());
            try (InputStream in = Files.newInputStream(file)) {
                tables.put(list.file(), read(list.file(), in));
            } catch (IOException e) {
                throw new UncheckedIOException(file.toString(), e);
            }
        }
        Map<String, Future<WordTable>> gazetteers = new HashMap<>();
        for (WordList list : WordList.values()) {
            if (list.isGazetteer()) {
                gazetteers.put(list.file(), CompletableFuture.completedFuture(tables.remove(list.file())));
            }
        }
        return new Language(folder.getFileName().toString(), tables, gazetteers);
    }

    public String code() {
        return code;
    }

    public WordTable words(WordList list) {
        if (!list.isGazetteer()) {
            return tables.get(list.file());
        }
        try {
            return gazetteers.get(list.file()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + list.file(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * One line per word: the word, then tab-separated columns; blank lines and lines starting with '#' are
     * comments. Words are kept as written: lower case, except where case is part of the word ("US$").
     */
    /** The tab-separated columns of {@code line} from {@code from} on, each stripped. */
    private static List<String> columns(String line, int from) {
        if (line.indexOf('\t', from) < 0) {
            return List.of(line.substring(from).strip()); // one column, as most lines with any have
        }
        List<String> columns = new ArrayList<>(3);
        int start = from;
        while (true) {
            int tab = line.indexOf('\t', start);
            columns.add((tab < 0 ? line.substring(start) : line.substring(start, tab)).strip());
            if (tab < 0) {
                return columns;
            }
            start = tab + 1;
        }
    }

    private static WordTable read(String name, InputStream in) throws IOException {
        List<WordTable.Row> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            // by hand rather than String.split: the gazetteers have tens of thousands of lines, read on every cold start
            int tab = line.indexOf('\t');
            String word = (tab < 0 ? line : line.substring(0, tab)).strip();
            if (word.isEmpty()) {
                throw new IllegalStateException(name + ":" + number + ": a line starts with no word");
            }
            List<String> rest = tab < 0 ? List.of() : columns(line, tab + 1);
            rows.add(new WordTable.Row(word, rest));
        }
        return new WordTable(name, rows);
    }

    /**
     * What a stage builds from this language's lists (its lookup sets, its patterns), built on first use and
     * kept with the language, so every finder of one language shares one. {@code build} must depend on the
     * language alone; two threads may both build, and either result is kept.
     */
    public <T> T view(Class<T> type, java.util.function.Function<Language, T> build) {
        Object view = views.get(type);
        if (view == null) {
            Object built = build.apply(this);
            view = views.putIfAbsent(type, built);
            if (view == null) {
                view = built;
            }
        }
        return type.cast(view);
    }

    /**
     * Two languages are equal when they have the same code and the same words, however often they were read:
     * what is built per language (a rule set's compiled checks) is then built once.
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Language that && code.equals(that.code) && rows.equals(that.rows)
                && sameGazetteers(that);
    }

    private boolean sameGazetteers(Language that) {
        for (WordList list : WordList.values()) {
            if (list.isGazetteer() && !words(list).rows().equals(that.words(list).rows())) {
                return false;
            }
        }
        return true;
    }

    /** Of the lists but the gazetteers, which a cold start does not wait for; equal languages hash alike all the same. */
    @Override
    public int hashCode() {
        return code.hashCode() * 31 + rows.hashCode();
    }

    @Override
    public String toString() {
        return "Language " + code;
    }
}
