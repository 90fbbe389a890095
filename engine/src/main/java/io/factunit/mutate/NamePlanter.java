package io.factunit.mutate;

import io.factunit.mention.Mention;
import io.factunit.mention.person.PersonMention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Name spellings: the surname of a person named with two or more words ("Hugh Hefner"; a surname-only
 * reference states no new spelling), when it has four letters or more. The misspelling is one of the slips
 * outlets make, inside the word so its first and last letters stay: a vowel swapped for the next vowel
 * ("Hefner" to "Hefnir"), a letter doubled ("Heffner") or a letter dropped ("Hener"). The kind of slip is
 * chosen first, then the place, so each kind is as likely whatever the name.
 */
final class NamePlanter implements Planter {
    static final int MIN_LETTERS = 4;
    /** The vowels of the Latin script, each followed by the one it is swapped for. */
    private static final String VOWELS = "aeiou";

    @Override
    public PlantKind kind() {
        return PlantKind.NAME;
    }

    @Override
    public List<Site> sites(ArticleReading article) {
        List<Site> sites = new ArrayList<>();
        for (Mention mention : article.mentions()) {
            if (mention instanceof PersonMention person) {
                String text = article.article().text().substring(person.start(), person.end());
                int from = text.length();
                while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
                    from--;
                }
                // "Van Rompuy" alone refers back to a name; only a name written out states its spelling
                boolean written = text.strip().contains(" ")
                        && !FactWords.normal(text.strip()).equals(FactWords.normal(person.surname()));
                if (written && text.length() - from >= MIN_LETTERS) {
                    Located surname = new Located(person.start() + from, person.end(), text.substring(from));
                    sites.add(new Site(kind(), article, mention, surname, "name " + FactWords.normal(person.name()),
                            person.start(), person.end()));
                }
            }
        }
        return sites;
    }

    @Override
    public Edit plant(Site site, StoryReading story, Random random) {
        List<List<String>> slips = changes(site.target().text()).stream().filter(s -> !s.isEmpty()).toList();
        if (slips.isEmpty()) {
            return null;
        }
        List<String> slip = slips.get(random.nextInt(slips.size()));
        return site.target().to(slip.get(random.nextInt(slip.size())));
    }

    /** The misspellings of a surname, by kind of slip: vowels swapped, letters doubled, letters dropped. */
    static List<List<String>> changes(String surname) {
        Set<String> swapped = new LinkedHashSet<>();
        Set<String> doubled = new LinkedHashSet<>();
        Set<String> dropped = new LinkedHashSet<>();
        for (int i = 1; i < surname.length() - 1; i++) {
            char letter = surname.charAt(i);
            int vowel = VOWELS.indexOf(Character.toLowerCase(letter));
            if (vowel >= 0) {
                char next = VOWELS.charAt((vowel + 1) % VOWELS.length());
                swapped.add(surname.substring(0, i) + (Character.isUpperCase(letter) ? Character.toUpperCase(next) : next)
                        + surname.substring(i + 1));
            }
            if (letter != surname.charAt(i - 1) && letter != surname.charAt(i + 1)) {
                doubled.add(surname.substring(0, i + 1) + letter + surname.substring(i + 1));
            }
            dropped.add(surname.substring(0, i) + surname.substring(i + 1));
        }
        dropped.remove(surname);
        return List.of(List.copyOf(swapped), List.copyOf(doubled), List.copyOf(dropped));
    }
}
