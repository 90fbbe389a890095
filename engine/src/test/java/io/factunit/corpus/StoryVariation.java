package io.factunit.corpus;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One generated story's way of retelling the seed texts: its people renamed, its figures scaled by one
 * factor, its dates moved by whole weeks. The same choice applies to every article of the story, so the
 * articles still agree with each other (and weekdays still fit their dates); only planted discrepancies
 * make them disagree.
 */
final class StoryVariation {
    private static final List<String> GIVEN = List.of("Amal", "Daniel", "Fatima", "Yusuf", "Sara", "Omar", "Leila",
            "David", "Nadia", "Karim", "Elena", "Rami", "Maya", "Tariq", "Hannah", "Samir", "Noura", "Jonas", "Rania",
            "Malik", "Ines", "Adam", "Lina", "Hassan", "Clara", "Ziad", "Miriam", "Bilal", "Dana", "Faris");
    private static final List<String> SURNAMES = List.of("Haddad", "Mansour", "Khoury", "Rahimi", "Saleh", "Nasser",
            "Barakat", "Levy", "Cohen", "Farouk", "Aziz", "Darwish", "Jaber", "Karam", "Mahmoud", "Najjar", "Qasem",
            "Rashid", "Sabbagh", "Tamimi", "Yousef", "Zaki", "Abbasi", "Bishara", "Dajani", "Hamdan", "Khalil",
            "Masri", "Odeh", "Shami", "Taha", "Walker", "Morgan", "Fischer", "Moreau", "Rossi", "Novak", "Berger",
            "Lindqvist", "Okafor");
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    /** "November 24", "February 1, 2024", "1 February 2024", or a figure; dates first, so their days stay days. */
    private static final Pattern DATE_OR_NUMBER = Pattern.compile(
            "\\b(?<m1>" + MONTHS + ") (?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:, (?<y1>\\d{4}))?(?!\\d)"
            + "|(?<!\\d)(?<d2>\\d{1,2}) (?<m2>" + MONTHS + ")(?: (?<y2>\\d{4}))?(?![A-Za-z])"
            + "|(?<![\\d:/.,])(?<n>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\d:/]|[.,]\\d|st|nd|rd|th)");

    private final Map<String, String> fullNames = new LinkedHashMap<>();
    private final Map<String, String> surnames = new LinkedHashMap<>();
    private final Map<String, String> numbers = new LinkedHashMap<>();
    private final double factor;
    private final int weeks;
    private final LocalDate anchor;

    /**
     * @param people   full name → surname, as found in the seeds; longest names are replaced first
     * @param anchor   a date the seed story is about, to put a year on "November 24"
     */
    StoryVariation(Map<String, String> people, LocalDate anchor, Random random) {
        this.anchor = anchor;
        factor = 0.6 + random.nextDouble() * 0.9;
        weeks = random.nextInt(105) - 52;
        Map<String, String> givenNames = new LinkedHashMap<>();
        List<String> freeSurnames = new java.util.ArrayList<>(SURNAMES);
        for (Map.Entry<String, String> person : people.entrySet()) {
            String surname = person.getValue();
            String given = person.getKey().substring(0, person.getKey().length() - surname.length()).trim();
            String newSurname = surnames.computeIfAbsent(surname,
                    s -> freeSurnames.remove(random.nextInt(freeSurnames.size())));
            String newGiven = givenNames.computeIfAbsent(given, g -> GIVEN.get(random.nextInt(GIVEN.size())));
            fullNames.put(person.getKey(), newGiven + " " + newSurname);
        }
    }

    /** The seed text retold: people renamed, figures scaled, dates moved. */
    String apply(String text, LocalDate published) {
        String result = text;
        for (Map.Entry<String, String> name : byLength(fullNames).entrySet()) {
            result = result.replace(name.getKey(), name.getValue());
        }
        for (Map.Entry<String, String> name : byLength(surnames).entrySet()) {
            result = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(name.getKey()) + "(?![\\p{L}])")
                    .matcher(result).replaceAll(Matcher.quoteReplacement(name.getValue()));
        }
        Matcher m = DATE_OR_NUMBER.matcher(result);
        StringBuilder out = new StringBuilder(result.length() + 16);
        while (m.find()) {
            String replacement = m.group("n") != null ? number(m.group("n"))
                    : m.group("m1") != null ? date(m.group("m1"), m.group("d1"), m.group("y1"), true, published)
                    : date(m.group("m2"), m.group("d2"), m.group("y2"), false, published);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A publication date moved like the dates in the text. */
    LocalDate shift(LocalDate date) {
        return date == null ? null : date.plusWeeks(weeks);
    }

    /** The new surnames of this story, in seed order. */
    List<String> newSurnames() {
        return List.copyOf(surnames.values());
    }

    /** The scaled figures of this story, in the order first seen. */
    List<String> newNumbers() {
        return List.copyOf(numbers.values());
    }

    private String number(String written) {
        double value = Double.parseDouble(written.replace(",", ""));
        boolean year = written.length() == 4 && value >= 1900 && value <= 2100;
        if (value < 20 || year) {
            return written; // days, small counts and years read better untouched
        }
        return numbers.computeIfAbsent(written, w -> Figures.scale(w, factor));
    }

    private String date(String monthName, String dayText, String yearText, boolean monthFirst, LocalDate published) {
        Month month = Month.valueOf(monthName.toUpperCase(Locale.ROOT));
        int day = Integer.parseInt(dayText);
        LocalDate near = published != null ? published : anchor;
        int year = yearText != null ? Integer.parseInt(yearText) : nearestYear(month, day, near);
        if (day > month.length(java.time.Year.isLeap(year))) {
            return monthFirst ? monthName + " " + dayText : dayText + " " + monthName;
        }
        LocalDate moved = LocalDate.of(year, month, day).plusWeeks(weeks);
        String name = moved.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String yearPart = yearText == null ? "" : (monthFirst ? ", " : " ") + moved.getYear();
        return monthFirst ? name + " " + moved.getDayOfMonth() + yearPart : moved.getDayOfMonth() + " " + name + yearPart;
    }

    /** The year that puts month and day closest to a known date of the story. */
    private static int nearestYear(Month month, int day, LocalDate near) {
        int best = near.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int year = near.getYear() - 1; year <= near.getYear() + 1; year++) {
            int safeDay = Math.min(day, month.length(java.time.Year.isLeap(year)));
            long distance = Math.abs(LocalDate.of(year, month, safeDay).toEpochDay() - near.toEpochDay());
            if (distance < bestDistance) {
                best = year;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static Map<String, String> byLength(Map<String, String> names) {
        Map<String, String> sorted = new LinkedHashMap<>();
        names.entrySet().stream()
                .sorted((a, b) -> a.getKey().length() != b.getKey().length() ? b.getKey().length() - a.getKey().length()
                        : a.getKey().compareTo(b.getKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
