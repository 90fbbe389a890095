package io.factunit.mutate;

/**
 * A plant and whether the rules caught it.
 *
 * @param plant    what was planted
 * @param caughtBy the id of the check whose failure cites the planted text, or null when none did
 */
public record PlantResult(Plant plant, String caughtBy) {
    public boolean caught() {
        return caughtBy != null;
    }
}
