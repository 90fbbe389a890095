package io.factunit.mention;

import java.util.List;

/** The mention finders a check runs, in a fixed order. */
public final class MentionFinders {
    private static final List<MentionFinder> STANDARD = List.of(new QuantityFinder(), new DateFinder(),
            new DurationFinder(), new PersonFinder(), new QuoteFinder());

    private MentionFinders() {
    }

    /** Every finder the default pipeline uses; they are stateless and shared. */
    public static List<MentionFinder> standard() {
        return STANDARD;
    }
}
