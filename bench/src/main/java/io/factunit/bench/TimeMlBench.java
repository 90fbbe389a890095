package io.factunit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factunit.article.Article;
import io.factunit.article.LoadOptions;
import io.factunit.article.StoryLoader;
import io.factunit.bench.TimeMlDocument.Timex3;
import io.factunit.bench.TimeMlScore.Figures;
import io.factunit.cli.UsageException;
import io.factunit.language.Language;
import io.factunit.report.ArticleMentions;
import io.factunit.report.MentionsJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code factunit bench timeml DIR...}: FactUnit's date and duration mentions against the gold TIMEX3s of
 * TimeML documents (TempEval-3's {@code .tml} files), scored as TempEval-3 scores time expressions
 * ({@link TimeMlScore}). Each document's text, stripped of its tags, is written to a temporary file and listed
 * exactly as {@code factunit mentions --published DCT --format json FILE} lists it; the TIMEX3 of every date
 * and duration mention in that JSON is the system's answer. Evaluation data stays outside the repository; no
 * test reads it.
 */
final class TimeMlBench {
    private TimeMlBench() {
    }

    static void run(List<Path> dirs, Collection<String> names, boolean listErrors, PrintStream out) {
        List<TimeMlDocument> documents = files(dirs).stream().map(TimeMlDocument::read).toList();
        long start = System.nanoTime();
        List<List<Timex3>> found = systemTimexes(documents, names);
        double seconds = (System.nanoTime() - start) / 1e9;
        TimeMlScore score = new TimeMlScore();
        for (int i = 0; i < documents.size(); i++) {
            TimeMlDocument document = documents.get(i);
            score.add(document.name(), document.text(), document.timexes(), found.get(i));
        }
        print(documents.size(), score, seconds, out);
        if (listErrors) {
            score.errors().forEach(error -> out.println(line(error)));
        }
        out.flush();
    }

    /** Every .tml file under the folders, in path order; macOS's "._" resource files are not TimeML. */
    private static List<Path> files(List<Path> dirs) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new UsageException(dir + ": not a folder");
            }
            try (Stream<Path> found = Files.walk(dir)) {
                found.filter(file -> file.getFileName().toString().endsWith(".tml")
                                && !file.getFileName().toString().startsWith("._") && Files.isRegularFile(file))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no .tml file under " + dirs);
        }
        return files;
    }

    /** The TIMEX3s of the date and duration mentions, per document, read back from the mentions JSON. */
    static List<List<Timex3>> systemTimexes(List<TimeMlDocument> documents, Collection<String> names) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("factunit-timeml");
            Language language = Language.english();
            StoryLoader loader = new StoryLoader(LoadOptions.DEFAULTS, language);
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                TimeMlDocument document = documents.get(i);
                Path file = folder.resolve(String.format(Locale.ROOT, "%04d.txt", i));
                Files.writeString(file, document.text());
                Article article = loader.loadArticle(file).withPublished(document.dct());
                if (!article.text().equals(document.text())) {
                    throw new UsageException(document.name() + ": the article loader changed the text; offsets"
                            + " would not line up with the gold timexes");
                }
                articles.add(article);
            }
            String json = MentionsJson.render(ArticleMentions.find(articles, language, names));
            JsonNode listed = new ObjectMapper().readTree(json).get("articles");
            List<List<Timex3>> timexes = new ArrayList<>();
            for (JsonNode article : listed) {
                List<Timex3> one = new ArrayList<>();
                for (JsonNode mention : article.get("mentions")) {
                    JsonNode timex = mention.get("timex");
                    if (timex != null) {
                        one.add(new Timex3(mention.get("start").asInt(), mention.get("end").asInt(),
                                timex.get("type").asText(), timex.get("value").asText()));
                    }
                }
                timexes.add(one);
            }
            return timexes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    private static void print(int documents, TimeMlScore score, double seconds, PrintStream out) {
        Figures all = score.all();
        Figures covered = score.covered();
        out.printf(Locale.ROOT, "documents                     %,d (listed in %.1f s)%n", documents, seconds);
        StringBuilder types = new StringBuilder();
        for (Map.Entry<String, Figures> type : score.byType().entrySet()) {
            types.append(types.length() == 0 ? "" : ", ").append(type.getKey()).append(' ')
                    .append(type.getValue().gold());
        }
        out.printf(Locale.ROOT, "gold timexes                  %,d (%s)%n", all.gold(), types);
        out.printf(Locale.ROOT, "FactUnit timexes              %,d%n", all.system());
        out.println("                              precision  recall     F1");
        out.println(row("extraction, strict", all.strict(), all));
        out.println(row("extraction, relaxed", all.relaxed(), all));
        out.println(row("value, all types", all.value(), all));
        out.println(row("value, DATE and DURATION", covered.value(), covered));
        out.printf(Locale.ROOT, "type right of relaxed matches %s%n", share(all.type(), all.relaxed()));
        for (Map.Entry<String, Figures> type : score.byType().entrySet()) {
            Figures t = type.getValue();
            out.printf(Locale.ROOT, "%-9s found %s, value right %s%n", type.getKey(), share(t.relaxed(), t.gold()),
                    share(t.value(), t.gold()));
        }
    }

    private static String row(String label, int right, Figures figures) {
        double precision = Figures.rate(right, figures.system());
        double recall = Figures.rate(right, figures.gold());
        return String.format(Locale.ROOT, "%-30s%6.2f    %6.2f    %6.2f", label, 100 * precision, 100 * recall,
                100 * Figures.f1(precision, recall));
    }

    private static String share(int part, int whole) {
        return String.format(Locale.ROOT, "%,d of %,d (%.1f%%)", part, whole, 100 * Figures.rate(part, whole));
    }

    private static String line(TimeMlScore.Error error) {
        String document = Path.of(error.document()).getFileName().toString();
        return switch (error.kind()) {
            case "missed" -> String.format(Locale.ROOT, "missed    %s \"%s\" %s %s", document, error.goldText(),
                    error.gold().type(), error.gold().value());
            case "spurious" -> String.format(Locale.ROOT, "spurious  %s \"%s\" %s %s", document, error.systemText(),
                    error.system().type(), error.system().value());
            default -> String.format(Locale.ROOT, "value     %s \"%s\" %s %s, FactUnit \"%s\" %s %s", document,
                    error.goldText(), error.gold().type(), error.gold().value(), error.systemText(),
                    error.system().type(), error.system().value());
        };
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
