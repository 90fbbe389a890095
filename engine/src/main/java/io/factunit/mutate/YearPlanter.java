package io.factunit.mutate;

import io.factunit.mention.Mention;
import io.factunit.mention.date.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years: four digits from 1000 to 2100 inside a date the analysis read ("in 2010", "October 7, 2023"). A year
 * modifying a noun ("the 2004 tsunami") dates that noun's event and makes no claim by design, so it is not
 * planted. The year moves by one to three, and not past the article's publication year when it was not past it
 * before (an article does not report next year's events as done). A year of a range keeps the range in order
 * ("from 1990 to 1991": 1990 moves down, 1991 up): a range that ends before it starts is no date, and the finder
 * would not read it as one.
 */
final class YearPlanter implements Planter {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    static final int FIRST = 1000;
    static final int LAST = 2100;

    @Override
    public PlantKind kind() {
        return PlantKind.YEAR;
    }

    @Override
    public List<Site> sites(ArticleReading article) {
        List<Site> sites = new ArrayList<>();
        for (Mention mention : article.mentions()) {
            if (!(mention instanceof DateMention date) || date.attributive() || Dateline.is(article, mention)) {
                continue;
            }
            List<Located> years = years(article, mention);
            FactWords.Words words = years.isEmpty() ? null
                    : FactWords.around(article, mention.start(), mention.end(), FactWords.CONTEXT);
            for (int i = 0; words != null && i < years.size(); i++) {
                // "from 1967 to 1979": each year its own fact
                sites.add(new Site(kind(), article, mention, years.get(i), words.key() + " #" + i, words.start(),
                        words.end()));
            }
        }
        return sites;
    }

    @Override
    public Edit plant(Site site, StoryReading story, Random random) {
        Located year = site.target();
        LocalDate published = site.article().article().published();
        List<Located> range = years(site.article(), site.mention());
        int at = range.indexOf(year);
        int after = at > 0 ? Integer.parseInt(range.get(at - 1).text()) : FIRST - 1;
        int before = at >= 0 && at + 1 < range.size() ? Integer.parseInt(range.get(at + 1).text()) : LAST + 1;
        List<String> changes = changes(year.text(), published == null ? 0 : published.getYear(), after, before);
        return changes.isEmpty() ? null : year.to(changes.get(random.nextInt(changes.size())));
    }

    /** What a year may become, in a fixed order, given the publication year (0 when unknown). */
    static List<String> changes(String year, int publishedYear) {
        return changes(year, publishedYear, FIRST - 1, LAST + 1);
    }

    /**
     * What a year may become, in a fixed order, given the publication year (0 when unknown), staying after
     * {@code after} and before {@code before} (the years stated before and after it in a range).
     */
    static List<String> changes(String year, int publishedYear, int after, int before) {
        int value = Integer.parseInt(year);
        int latest = publishedYear == 0 || value > publishedYear ? LAST : publishedYear;
        List<String> changes = new ArrayList<>();
        for (int moved = value - 3; moved <= value + 3; moved++) {
            if (moved != value && moved >= FIRST && moved <= latest && moved > after && moved < before) {
                changes.add(Integer.toString(moved));
            }
        }
        return changes;
    }

    private static List<Located> years(ArticleReading article, Mention mention) {
        String text = article.article().text().substring(mention.start(), mention.end());
        List<Located> years = new ArrayList<>();
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            int value = Integer.parseInt(year.group());
            if (value >= FIRST && value <= LAST) {
                years.add(new Located(mention.start() + year.start(), mention.start() + year.end(), year.group()));
            }
        }
        return years;
    }
}
