package io.factunit.mention;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.AnchorWords;
import io.factunit.language.Language;
import io.factunit.mention.date.DateFinder;
import io.factunit.mention.duration.DurationFinder;
import io.factunit.mention.person.PersonFinder;
import io.factunit.mention.quantity.QuantityFinder;
import io.factunit.mention.quote.QuoteFinder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The mention finders a check runs, in a fixed order. */
public final class MentionFinders {
    private MentionFinders() {
    }

    /** Every finder the default pipeline uses, reading the words of {@code language}; stateless, to be shared. */
    public static List<MentionFinder> standard(Language language) {
        return standard(language, List.of());
    }

    /**
     * The standard finders, knowing also the names of places and organisations a rule pack declares
     * ({@code names}), which are never a person.
     */
    public static List<MentionFinder> standard(Language language, Collection<String> names) {
        return List.of(new QuantityFinder(language), new DateFinder(language), new DurationFinder(language),
                new PersonFinder(language, names), new QuoteFinder(language));
    }

    /** The words that make a sentence worth tagging for any of the finders: what the analyser is given. */
    public static AnchorWords anchorWords(List<MentionFinder> finders) {
        Set<String> words = new HashSet<>();
        for (MentionFinder finder : finders) {
            words.addAll(finder.anchorWords());
        }
        return AnchorWords.of(words);
    }

    /** Every mention the finders see in one article, in text order (so the same input lists the same way). */
    public static List<Mention> find(List<MentionFinder> finders, AnalyzedArticle analyzed) {
        FoundMentions found = FoundMentions.none();
        List<MentionFinder> ordered = inNeededOrder(finders);
        if (analyzed.isLong()) {
            // A long article: the finders that need no other's mentions run at once, on several threads; the
            // sort below makes the order they finish in irrelevant.
            List<MentionFinder> free = ordered.stream().filter(finder -> finder.needs().isEmpty()).toList();
            free.parallelStream().map(finder -> finder.find(analyzed, FoundMentions.none())).toList()
                    .forEach(found::addAll);
            ordered = ordered.stream().filter(finder -> !free.contains(finder)).toList();
        }
        for (MentionFinder finder : ordered) {
            found.addAll(finder.find(analyzed, found));
        }
        List<Mention> mentions = new ArrayList<>(found.all());
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end)
                .thenComparing(Mention::kind));
        return mentions;
    }

    /**
     * The finders in their given order, except that each runs after the finders of the kinds it needs (people
     * before the quotes that read them). A need no finder of the list meets is a mistake in the list.
     */
    static List<MentionFinder> inNeededOrder(List<MentionFinder> finders) {
        List<MentionFinder> waiting = new ArrayList<>(finders);
        List<MentionFinder> ordered = new ArrayList<>(finders.size());
        while (!waiting.isEmpty()) {
            MentionFinder next = waiting.stream().filter(finder -> finder.needs().stream()
                    .noneMatch(kind -> waiting.stream().anyMatch(other -> kind.isAssignableFrom(other.finds()))))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("finders need each other: " + waiting));
            for (Class<? extends Mention> kind : next.needs()) {
                if (finders.stream().noneMatch(finder -> kind.isAssignableFrom(finder.finds()))) {
                    throw new IllegalArgumentException(next.getClass().getSimpleName() + " needs a finder of "
                            + kind.getSimpleName() + ", which the list lacks");
                }
            }
            waiting.remove(next);
            ordered.add(next);
        }
        return ordered;
    }
}
