package io.factunit.mutate;

import java.util.List;
import java.util.Random;

/** Finds where one kind of plant can go, and makes it. One implementation per {@link PlantKind}. */
interface Planter {
    PlantKind kind();

    /** Every site of this kind in one article, in text order. */
    List<Site> sites(ArticleReading article);

    /**
     * The contradiction planted at {@code site}, chosen with {@code random} among the changes the kind allows;
     * null when none fits (a day that cannot move, a quote with no word to swap).
     */
    Edit plant(Site site, StoryReading story, Random random);
}
