package io.factunit.mutate;

import io.factunit.mention.Mention;
import io.factunit.mention.date.DateMention;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates: a day of a month written out ("October 7", "Thursday 1 February", "Nov. 24 to Dec. 1";
 * the first day of a range). The day moves by two to four and stays a day of its month (of February in any
 * year). A day written with an ordinal ending ("7th") only moves to a day that keeps its last digit and its
 * place in or out of the teens, so the ending stays right without the checker knowing the language's
 * ordinals ("7th" to "27th"). All-digit dates ("5/5/2010") are left alone: which number is the day depends
 * on the outlet's convention.
 */
final class DatePlanter implements Planter {
    private static final Pattern DAY = Pattern.compile("(?<!\\d)\\d{1,2}(?!\\d)");
    private static final Pattern ENDING = Pattern.compile("\\p{L}");

    @Override
    public PlantKind kind() {
        return PlantKind.DATE;
    }

    @Override
    public List<Site> sites(ArticleReading article) {
        List<Site> sites = new ArrayList<>();
        for (Mention mention : article.mentions()) {
            Located day = mention instanceof DateMention date && !Dateline.is(article, date) ? day(article, date) : null;
            FactWords.Words words = day == null ? null
                    : FactWords.around(article, mention.start(), mention.end(), FactWords.CONTEXT);
            if (words != null) {
                sites.add(new Site(kind(), article, mention, day, words.key(), words.start(), words.end()));
            }
        }
        return sites;
    }

    @Override
    public Edit plant(Site site, StoryReading story, Random random) {
        Located day = site.target();
        String text = site.article().article().text();
        boolean ordinal = ENDING.matcher(text).region(day.end(), text.length()).lookingAt();
        List<String> changes = changes(day.text(), ((DateMention) site.mention()).month(), ordinal);
        return changes.isEmpty() ? null : day.to(changes.get(random.nextInt(changes.size())));
    }

    /** What a day of {@code month} may become, in a fixed order; {@code ordinal}: written with an ending. */
    static List<String> changes(String day, int month, boolean ordinal) {
        int value = Integer.parseInt(day);
        int last = Month.of(month).minLength();
        List<String> changes = new ArrayList<>();
        for (int moved = 1; moved <= last; moved++) {
            boolean fits = ordinal
                    ? moved % 10 == value % 10 && (moved / 10 == 1) == (value / 10 == 1)
                    : Math.abs(moved - value) >= 2 && Math.abs(moved - value) <= 4;
            if (moved != value && fits) {
                changes.add(day.startsWith("0") && moved < 10 ? "0" + moved : Integer.toString(moved));
            }
        }
        return changes;
    }

    /** The day the date states, as written inside it; null for an all-digit date or a day not found. */
    private static Located day(ArticleReading article, DateMention date) {
        if (date.month() == 0 || date.day() == 0) {
            return null;
        }
        String text = article.article().text().substring(date.start(), date.end());
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return null;
        }
        Matcher day = DAY.matcher(text);
        while (day.find()) {
            if (Integer.parseInt(day.group()) == date.day()) {
                return new Located(date.start() + day.start(), date.start() + day.end(), day.group());
            }
        }
        return null;
    }
}
