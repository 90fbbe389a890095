package io.factunit.mutate;

import java.nio.file.Path;
import java.util.List;

/**
 * What one story gave: its plants with their outcome, in the order they were planted, and the failures of
 * the untouched story.
 */
public record StoryMutations(Path story, List<PlantResult> plants, List<Finding> untouchedFailures) {
    public StoryMutations {
        plants = List.copyOf(plants);
        untouchedFailures = List.copyOf(untouchedFailures);
    }
}
