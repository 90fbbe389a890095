package io.factunit.corpus;

import io.factunit.analysis.AnchorWords;
import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.Article;
import io.factunit.article.Story;
import io.factunit.article.StoryLoader;
import io.factunit.language.Language;
import io.factunit.mention.MentionFinders;
import io.factunit.mention.person.PersonFinder;
import io.factunit.mention.person.PersonMention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes a benchmark corpus from the seed story, reproducibly: the same seed articles and the same seed number
 * give the same files, byte for byte. Each story has 3 to 10 articles, retold from the seed texts with its
 * own people, figures and dates ({@link StoryVariation}); articles beyond the fifth are wire copies with
 * some paragraphs dropped. Some stories get planted discrepancies ({@link Planter}): a figure changed in one
 * article, a name misspelt in one, a weekday that no longer fits. Nothing generated is checked in.
 */
public final class CorpusGenerator {
    private static final List<String> OUTLETS = List.of("Reuters Wire", "Daily Ledger", "Evening Post",
            "Gulf Times Online", "Metro Herald", "The Courier", "North Star News", "Capital Dispatch",
            "Harbor Gazette", "Morning Record", "Civic Tribune", "Valley Observer");

    /** One generated corpus on disk. */
    public record Corpus(Path dir, List<Path> stories, int articles, long bytes, List<Planted> planted) {
    }

    private record SeedArticle(String text, LocalDate published) {
    }

    private final String title;
    private final List<SeedArticle> seeds;
    private final Map<String, String> people;
    private final LocalDate anchor;

    private CorpusGenerator(String title, List<SeedArticle> seeds, Map<String, String> people, LocalDate anchor) {
        this.title = title == null ? "Untitled story" : title;
        this.seeds = seeds;
        this.people = people;
        this.anchor = anchor;
    }

    /**
     * A generator for the seed story in {@code dir}; the people to rename are those the pipeline finds there,
     * knowing the places and organisations the rules declare ({@code names}), which are no people.
     */
    public static CorpusGenerator fromSeeds(Path dir, Collection<String> names) {
        Story story = new StoryLoader().load(dir);
        List<SeedArticle> seeds = new ArrayList<>();
        Map<String, String> people = new LinkedHashMap<>();
        Language language = Language.english();
        PersonFinder finder = new PersonFinder(language, names);
        AnchorWords anchorWords = MentionFinders.anchorWords(MentionFinders.standard(language));
        LocalDate anchor = null;
        for (Article article : story.articles()) {
            seeds.add(new SeedArticle(article.text(), article.published()));
            if (article.published() != null && (anchor == null || article.published().isAfter(anchor))) {
                anchor = article.published();
            }
            for (PersonMention person : finder.find(TextAnalyzer.shared().analyze(article, anchorWords))) {
                if (person.name().indexOf(' ') > 0 && person.name().length() > person.surname().length()) {
                    people.putIfAbsent(person.name(), person.surname());
                }
            }
        }
        return new CorpusGenerator(story.title(), seeds, people, anchor == null ? LocalDate.of(2024, 1, 1) : anchor);
    }

    /** Writes stories holding {@code articles} articles in all (at least 3) under {@code dir}. */
    public Corpus generate(long seed, int articles, Path dir) {
        if (articles < 3) {
            throw new IllegalArgumentException("a corpus needs at least 3 articles (one story), not " + articles);
        }
        Random random = new Random(seed);
        List<Path> stories = new ArrayList<>();
        List<Planted> planted = new ArrayList<>();
        long bytes = 0;
        int remaining = articles;
        while (remaining > 0) {
            int size = remaining <= 10 ? remaining : 3 + random.nextInt(8);
            if (remaining - size < 3 && remaining > 10) {
                size = remaining - 3;
            }
            remaining -= size;
            Path story = dir.resolve(String.format("story-%05d", stories.size() + 1));
            bytes += writeStory(story, size, random, planted);
            stories.add(story);
        }
        return new Corpus(dir, stories, articles, bytes, planted);
    }

    private long writeStory(Path dir, int size, Random random, List<Planted> planted) {
        StoryVariation variation = new StoryVariation(people, anchor, random);
        int first = random.nextInt(seeds.size());
        List<String> outlets = new ArrayList<>(OUTLETS);
        List<String> texts = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<LocalDate> published = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            SeedArticle seed = seeds.get((first + i) % seeds.size());
            String text = variation.apply(seed.text(), seed.published());
            texts.add(i < seeds.size() ? text : wireCopy(text, random));
            sources.add(outlets.remove(random.nextInt(outlets.size())));
            published.add(variation.shift(seed.published()));
        }
        String storyId = dir.getFileName().toString();
        planted.addAll(new Planter(random).plant(storyId, texts, variation));
        try {
            Files.createDirectories(dir);
            long bytes = 0;
            StringBuilder manifest = new StringBuilder("title: ").append(quoted(variation.apply(title, anchor)))
                    .append("\narticles:\n");
            for (int i = 0; i < size; i++) {
                String file = Planter.fileName(i);
                byte[] content = texts.get(i).getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve(file), content);
                bytes += content.length;
                manifest.append("  - file: ").append(file).append("\n    source: ").append(quoted(sources.get(i)))
                        .append('\n');
                if (published.get(i) != null) {
                    manifest.append("    published: ").append(published.get(i)).append('\n');
                }
            }
            Files.writeString(dir.resolve("story.yaml"), manifest, StandardCharsets.UTF_8);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write benchmark story " + dir, e);
        }
    }

    /** A syndicated copy: the headline and opening kept, a quarter of the later paragraphs dropped. */
    private static String wireCopy(String text, Random random) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i < 3 || lines[i].isBlank() || random.nextInt(4) != 0) {
                out.append(lines[i]).append(i + 1 < lines.length ? "\n" : "");
            }
        }
        return out.toString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
