package io.factunit.mention;

import java.util.ArrayList;
import java.util.List;

/** The mentions found in one article so far, by kind: what a finder that {@linkplain MentionFinder#needs needs} reads. */
public final class FoundMentions {
    private final List<Mention> mentions = new ArrayList<>();

    /** Nothing found yet: for a finder that needs nothing. */
    public static FoundMentions none() {
        return new FoundMentions();
    }

    void addAll(List<? extends Mention> found) {
        mentions.addAll(found);
    }

    List<Mention> all() {
        return mentions;
    }

    /** The mentions of one kind, in the order their finder found them. */
    public <M extends Mention> List<M> of(Class<M> kind) {
        List<M> found = new ArrayList<>();
        for (Mention mention : mentions) {
            if (kind.isInstance(mention)) {
                found.add(kind.cast(mention));
            }
        }
        return found;
    }
}
