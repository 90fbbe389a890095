package io.factunit.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plants the discrepancies a desk would catch into a generated story, each in one article only: a figure
 * changed (as when one outlet has an older toll), a surname misspelt (a transliteration), a weekday that no
 * longer fits its date (a slip in rewriting).
 */
final class Planter {
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private final Random random;

    Planter(Random random) {
        this.random = random;
    }

    static String fileName(int article) {
        return String.format("a%02d.txt", article + 1);
    }

    /** Changes some of {@code texts} in place and says what it changed. */
    List<Planted> plant(String story, List<String> texts, StoryVariation variation) {
        List<Planted> planted = new ArrayList<>();
        if (random.nextInt(10) < 6) {
            plantFigure(story, texts, variation, planted);
        }
        if (random.nextInt(10) < 4) {
            plantSpelling(story, texts, variation, planted);
        }
        if (random.nextInt(10) < 3) {
            plantWeekday(story, texts, planted);
        }
        return planted;
    }

    private void plantFigure(String story, List<String> texts, StoryVariation variation, List<Planted> out) {
        List<String> shared = new ArrayList<>();
        for (String figure : variation.newNumbers()) {
            if (articlesWith(texts, word(figure)).size() >= 2) {
                shared.add(figure);
            }
        }
        if (shared.isEmpty()) {
            return;
        }
        String figure = shared.get(random.nextInt(shared.size()));
        List<Integer> holders = articlesWith(texts, word(figure));
        int article = holders.get(random.nextInt(holders.size()));
        String changed = Figures.scale(figure, 1.1 + random.nextDouble() * 0.3);
        if (!changed.equals(figure)) {
            texts.set(article, word(figure).matcher(texts.get(article)).replaceFirst(Matcher.quoteReplacement(changed)));
            out.add(new Planted(story, fileName(article), "figure", figure, changed));
        }
    }

    private void plantSpelling(String story, List<String> texts, StoryVariation variation, List<Planted> out) {
        List<String> shared = new ArrayList<>();
        for (String surname : variation.newSurnames()) {
            if (articlesWith(texts, word(surname)).size() >= 2) {
                shared.add(surname);
            }
        }
        if (shared.isEmpty()) {
            return;
        }
        String surname = shared.get(random.nextInt(shared.size()));
        List<Integer> holders = articlesWith(texts, word(surname));
        int article = holders.get(random.nextInt(holders.size()));
        String misspelt = misspell(surname);
        texts.set(article, word(surname).matcher(texts.get(article)).replaceAll(Matcher.quoteReplacement(misspelt)));
        out.add(new Planted(story, fileName(article), "spelling", surname, misspelt));
    }

    private void plantWeekday(String story, List<String> texts, List<Planted> out) {
        for (int article = 0; article < texts.size(); article++) {
            for (String day : WEEKDAYS) {
                Matcher m = word(day).matcher(texts.get(article));
                if (m.find()) {
                    String next = WEEKDAYS.get((WEEKDAYS.indexOf(day) + 1) % WEEKDAYS.size());
                    texts.set(article, m.replaceFirst(next));
                    out.add(new Planted(story, fileName(article), "weekday", day, next));
                    return;
                }
            }
        }
    }

    /** "Haddad" → "Hadad", "Levy" → "Levvy": a letter doubled or undoubled, as transliterations differ. */
    private static String misspell(String name) {
        for (int i = name.length() - 1; i > 1; i--) {
            if (name.charAt(i) == name.charAt(i - 1)) {
                return name.substring(0, i) + name.substring(i + 1);
            }
        }
        int i = name.length() - 2;
        return name.substring(0, i + 1) + name.charAt(i) + name.substring(i + 1);
    }

    private static List<Integer> articlesWith(List<String> texts, Pattern word) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (word.matcher(texts.get(i)).find()) {
                found.add(i);
            }
        }
        return found;
    }

    private static Pattern word(String text) {
        return Pattern.compile("(?<![\\p{L}\\d,.])" + Pattern.quote(text) + "(?![\\p{L}\\d]|[.,]\\d)");
    }
}
