package io.factunit.mutate;

import java.util.List;

/**
 * How a mutation run plants: the seed its choices follow, the kinds it plants (in this order), and at most
 * how many plants of each kind per story.
 */
public record MutationSettings(long seed, List<PlantKind> kinds, int maxPerStory) {
    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_MAX_PER_STORY = 5;

    public MutationSettings {
        kinds = List.copyOf(kinds.stream().distinct().sorted().toList());
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("no kinds to plant");
        }
        if (maxPerStory < 1) {
            throw new IllegalArgumentException("at least one plant per kind and story, not " + maxPerStory);
        }
    }
}
