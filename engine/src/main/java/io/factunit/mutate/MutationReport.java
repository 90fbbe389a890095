package io.factunit.mutate;

import java.util.List;

/** A whole mutation run: the settings, and per story what was planted, what was caught and what failed untouched. */
public record MutationReport(MutationSettings settings, List<StoryMutations> stories) {
    public MutationReport {
        stories = List.copyOf(stories);
    }

    /** How many plants of a kind were made, and how many of them caught. */
    public record Tally(PlantKind kind, int planted, int caught) {
    }

    public List<Tally> tallies() {
        return settings.kinds().stream().map(this::tally).toList();
    }

    public Tally tally(PlantKind kind) {
        int planted = 0;
        int caught = 0;
        for (PlantResult result : plants()) {
            if (result.plant().kind() == kind) {
                planted++;
                caught += result.caught() ? 1 : 0;
            }
        }
        return new Tally(kind, planted, caught);
    }

    /** Every plant, story by story, in the order planted. */
    public List<PlantResult> plants() {
        return stories.stream().flatMap(story -> story.plants().stream()).toList();
    }

    public List<Finding> untouchedFailures() {
        return stories.stream().flatMap(story -> story.untouchedFailures().stream()).toList();
    }
}
