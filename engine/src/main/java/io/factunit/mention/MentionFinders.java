package io.factunit.mention;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.language.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The mention finders a check runs, in a fixed order. */
public final class MentionFinders {
    private MentionFinders() {
    }

    /** Every finder the default pipeline uses, reading the words of {@code language}; stateless, to be shared. */
    public static List<MentionFinder> standard(Language language) {
        MentionWords words = MentionWords.of(language);
        PersonFinder people = new PersonFinder(language);
        return List.of(new QuantityFinder(words), new DateFinder(words), new DurationFinder(words), people,
                new QuoteFinder(people, language));
    }

    /** Every mention the finders see in one article, in text order (so the same input lists the same way). */
    public static List<Mention> find(List<MentionFinder> finders, AnalyzedArticle analyzed) {
        List<Mention> mentions = new ArrayList<>();
        List<PersonMention> people = null;
        for (MentionFinder finder : finders) {
            if (finder instanceof PersonFinder persons) {
                people = persons.find(analyzed);
                mentions.addAll(people);
            } else if (finder instanceof QuoteFinder quotes && people != null) {
                mentions.addAll(quotes.find(analyzed, people)); // speakers are people: find them once
            } else {
                mentions.addAll(finder.find(analyzed));
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end)
                .thenComparing(Mention::kind));
        return mentions;
    }
}
