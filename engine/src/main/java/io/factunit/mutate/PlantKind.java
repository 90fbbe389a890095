package io.factunit.mutate;

import java.util.Locale;

/** What a plant changes: a figure, a year, a calendar day, the spelling of a name, a word of a quote. */
public enum PlantKind {
    FIGURE, YEAR, DATE, NAME, QUOTE;

    /** "figure", as the command line and the reports write it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a label names. */
    public static PlantKind of(String label) {
        for (PlantKind kind : values()) {
            if (kind.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + label + "'; expected figure, year, date, name or quote");
    }
}
