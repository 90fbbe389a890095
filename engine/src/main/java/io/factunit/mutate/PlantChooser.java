package io.factunit.mutate;

import io.factunit.article.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Chooses a story's plants: per kind, the facts that two or more articles state in the same words, in an
 * order shuffled by the seed, the first {@code maxPerStory} that can be planted, each in one of its
 * articles chosen by the seed. A place that a failure of the untouched story already cites is passed over. Each story and kind draws from its own random stream (seed, story folder
 * name, kind), so a story's plants do not depend on the other stories or on which other kinds are asked for.
 */
final class PlantChooser {
    private final List<Planter> planters;
    private final long seed;
    private final int maxPerStory;

    /** A plant ready to be made: what it is, and the article's file it is made in. */
    record Chosen(Plant plant, Article article, Edit edit, ArticleFile file) {
        /** The file's bytes with the plant made. */
        byte[] mutated() {
            return file.edited(article, edit);
        }
    }

    PlantChooser(List<Planter> planters, long seed, int maxPerStory) {
        this.planters = List.copyOf(planters);
        this.seed = seed;
        this.maxPerStory = maxPerStory;
    }

    /** The plants of {@code story}, none in text a failure of the untouched story cites ({@code judge}). */
    List<Chosen> choose(StoryReading story, Judge judge) {
        Map<String, ArticleFile> files = new HashMap<>();
        List<Chosen> chosen = new ArrayList<>();
        for (Planter planter : planters) {
            Random random = new Random(seed * 31L * 31L + story.story().id().hashCode() * 31L + planter.kind().ordinal());
            List<List<Site>> facts = facts(planter, story);
            Collections.shuffle(facts, random);
            int planted = 0;
            for (List<Site> fact : facts) {
                if (planted == maxPerStory) {
                    break;
                }
                List<Site> sites = new ArrayList<>(fact);
                Collections.shuffle(sites, random);
                for (Site site : sites) {
                    Chosen plant = plant(planter, site, story, random, files, articles(fact), judge);
                    if (plant != null) {
                        chosen.add(plant);
                        planted++;
                        break;
                    }
                }
            }
        }
        return chosen;
    }

    /** The facts of one kind that two or more articles state, each with its sites, in the order of their words. */
    static List<List<Site>> facts(Planter planter, StoryReading story) {
        Map<String, List<Site>> byFact = new TreeMap<>();
        for (ArticleReading article : story.articles()) {
            for (Site site : planter.sites(article)) {
                byFact.computeIfAbsent(site.fact(), fact -> new ArrayList<>()).add(site);
            }
        }
        List<List<Site>> facts = new ArrayList<>();
        for (List<Site> sites : byFact.values()) {
            if (articles(sites) >= 2) {
                facts.add(sites);
            }
        }
        return facts;
    }

    private static int articles(List<Site> sites) {
        Set<String> ids = new LinkedHashSet<>();
        sites.forEach(site -> ids.add(site.article().article().id()));
        return ids.size();
    }

    private static Chosen plant(Planter planter, Site site, StoryReading story, Random random,
                                Map<String, ArticleFile> files, int articles, Judge judge) {
        Edit edit = planter.plant(site, story, random);
        Article article = site.article().article();
        if (edit == null || judge.citedBefore(article.id(), edit.start(), edit.end())) {
            return null;
        }
        ArticleFile file = files.computeIfAbsent(article.id(), id -> read(article.path()));
        if (file.edited(article, edit) == null) {
            return null;
        }
        String fact = article.text().substring(site.factStart(), site.factEnd()).replaceAll("\\s+", " ");
        Plant plant = new Plant(planter.kind(), story.story().dir(), article.id(), article.path(),
                article.position(edit.start()), edit.start(), edit.before(), edit.after(), fact, articles);
        return new Chosen(plant, article, edit, file);
    }

    private static ArticleFile read(Path file) {
        try {
            return ArticleFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
