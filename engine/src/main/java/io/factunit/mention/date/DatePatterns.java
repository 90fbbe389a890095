package io.factunit.mention.date;

import static io.factunit.language.WordList.CENTURY_ORDINAL;
import static io.factunit.language.WordList.DATE_PREPOSITION;
import static io.factunit.language.WordList.DAY_WORD;
import static io.factunit.language.WordList.DEICTIC;
import static io.factunit.language.WordList.DETERMINER;
import static io.factunit.language.WordList.FREQUENCY_ADVERB;
import static io.factunit.language.WordList.PERIOD_DRIFT;
import static io.factunit.language.WordList.PERIOD_EDGE;
import static io.factunit.language.WordList.PERIOD_PART;
import static io.factunit.language.WordList.PRESENT_WORD;
import static io.factunit.language.WordList.QUARTER_ORDINAL;
import static io.factunit.language.WordList.RANGE_CONNECTOR;
import static io.factunit.language.WordList.RECURRENCE_WORD;
import static io.factunit.language.WordList.SEASON;
import static io.factunit.language.WordList.SPAN_DIRECTION;
import static io.factunit.language.WordList.VAGUE_AMOUNT;
import static io.factunit.language.WordList.VAGUE_DURATION_PREPOSITION;
import static io.factunit.language.WordList.VAGUE_REFERENCE;
import static io.factunit.language.WordList.YEAR_PREFIX;
import static io.factunit.mention.date.DateVocabulary.DAY;
import static io.factunit.mention.date.DateVocabulary.DIGIT;
import static io.factunit.mention.date.DateVocabulary.MONTH_WORD;
import static io.factunit.mention.date.DateVocabulary.TIME_WORD;
import static io.factunit.mention.date.DateVocabulary.WEEKDAY_WORD;
import static io.factunit.mention.date.DateVocabulary.YEAR;

import io.factunit.language.Language;
import io.factunit.language.WordTable;
import io.factunit.mention.CountWords;
import io.factunit.mention.date.DateExpression.Part;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of temporal expressions: one precompiled pattern per form, and the parser that turns its match into
 * a {@link DateExpression}; {@link DateScanner} decides where they are tried. Group "x" of every pattern is the
 * TimeML extent, so context such as a preposition can be matched without becoming part of the mention. Patterns
 * avoid nested quantifiers, so each attempt is short and linear.
 */
final class DatePatterns {

    /**
     * @param anchors anchor kinds the text must hold for the rule to apply
     * @param lead    most words the expression puts before its first anchor word ("the past two years": 3)
     */
    record Rule(int anchors, int lead, Pattern pattern, Function<Matcher, DateExpression> parse) {
    }

    private static final String RANGE_DASH = "\\s*[-\u2013\u2014]\\s*";
    private static final String BETWEEN = "(?<btw>\\b(?i:between)\\s+)?";
    /** A year as one end of a range of years: 1800-2099, as a year standing alone. */
    private static final String RANGE_YEAR = "(?:18|19|20)[0-9]{2}";
    /** A year standing alone, where "2000 people" must not be read as a year: 1800-2099 only. */
    private static final String BARE_YEAR = "(?<y>(?:18|19|20)[0-9]{2})(?![0-9])(?![.,][0-9])";

    /** The rules, in the order they are tried; a rule's index is its bit in {@link DateScanner}'s masks. */
    final List<Rule> rules;
    /** ASCII chars a date rule's start may be probed on alone ({@link DateScanner#startMask}). */
    static final int FIRST_CHARS = 128;
    /** Per ASCII char, the rules that may start at a word beginning with it; DateScanner's, null until asked. */
    final Long[] startsByFirstChar = new Long[FIRST_CHARS];

    private final DateVocabulary v;
    private final CountWords counts;
    private final Language language;

    DatePatterns(Language language, DateVocabulary vocabulary, CountWords counts) {
        this.language = language;
        this.v = vocabulary;
        this.counts = counts;
        final String MONTH = v.month;
        final String MONTH_FULL = v.monthFull;
        final String WEEKDAY = v.weekday;
        final String PART_OF_DAY = v.partOfDay;
        final String EDGE_WORD = v.edgeWord;
        final String CONNECTOR = "(?:" + RANGE_DASH + "|\\s+(?<conn>(?i:" + v.alternation(RANGE_CONNECTOR) + "))\\s+)";
        // Prepositions that make a bare month or year a date: "in March", "since 2013".
        final String PREPOSITION = "\\b(?i:" + v.alternation(DATE_PREPOSITION) + ")\\s+";
        final String EDGE = "(?:(?<pt>" + EDGE_WORD + ")[-\\s]+)";
        final String DEIXIS = v.alternation(DEICTIC);
        final String NOW_OR_PAST = WordTable.alternation(language.words(DEICTIC).words(row -> row.number() <= 0));
        final String PERIOD = WordTable.alternation(java.util.stream.Stream.concat(
                java.util.stream.Stream.of("weekend"), java.util.stream.Stream.of(
                        v.units(ChronoUnit.WEEKS, ChronoUnit.YEARS, false).split("\\|"))).toList());
        final String DRIFT_OR_EDGE = WordTable.alternation(java.util.stream.Stream.concat(
                language.words(PERIOD_DRIFT).words().stream(), language.words(PERIOD_EDGE).words().stream()).toList());
        // "several years", "for months": units with a TIMEX3 duration letter, plural forms alone where bare
        final String VAGUE_UNIT = v.units(ChronoUnit.MINUTES, ChronoUnit.CENTURIES, true);
        final String VAGUE_PLURAL = v.plurals(ChronoUnit.MINUTES, ChronoUnit.CENTURIES);
        final String AMOUNT = phrases(VAGUE_AMOUNT);
        // "first", "second", "1st", "2nd": the quarter ordinals that also count halves of a year
        final String HALF_ORDINAL = WordTable.alternation(
                language.words(QUARTER_ORDINAL).words(row -> row.number() <= 2));
        // the words the patterns are built around ("two days ago", "the third quarter"): structural-time-word.txt
        final String AGO = v.structural("AGO");
        final String QUARTER = v.structural("QUARTER");
        final String HALF = v.structural("HALF");
        final String PRESENT = v.structural("PRESENT");
        rules = List.of(
            // "Thursday 1 February", "February 1, 2024", "Nov. 24", "the 1st of February"
            rule(DIGIT | MONTH_WORD, 0, "\\b(?<x>(?:(?<wd>" + WEEKDAY + "),?\\s+(?:the\\s+)?)?(?:(?<m1>" + MONTH
                    + ")\\s+(?<d1>" + DAY + ")|(?<d2>" + DAY + ")\\s+(?:of\\s+)?(?<m2>" + MONTH + "))(?:,?\\s+(?<y>"
                    + YEAR + "))?)", this::calendarDate),
            // "2013-03-22"
            rule(DIGIT, 0, "\\b(?<x>(?<y>" + YEAR + ")-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12][0-9]|3[01]))(?![0-9-])",
                    m -> calendar(m.group("y"), number(m.group("m")), number(m.group("d")), Part.WHOLE)),
            // "03/22/2013", "22/03/2013": only when one reading is impossible (see slashed())
            rule(DIGIT, 0, "(?<![0-9/])(?<x>(?<a>[0-9]{1,2})/(?<b>[0-9]{1,2})/(?<y>" + YEAR + "))(?![0-9/])",
                    DatePatterns::slashed),
            // "March 2013", "early March 2013"
            rule(DIGIT | MONTH_WORD, 0, "\\b(?<x>" + EDGE + "?(?<m>" + MONTH + ")\\s+(?:of\\s+)?(?<y>" + YEAR + "))",
                    m -> monthOnly(m, m.group("y"))),
            // "in March", "since early November"
            rule(MONTH_WORD, 1, PREPOSITION + "(?<x>" + EDGE + "?(?<m>" + MONTH_FULL + "))", m -> monthOnly(m, null)),
            // "last March", "next May": named months only after the word, as "may" and "march" are verbs too
            rule(MONTH_WORD, 1, "(?<![Tt]he\\s)\\b(?<x>(?<rel>(?i:" + DEIXIS + "))\\s+(?<m>" + MONTH_FULL + "))",
                    m -> new DateExpression.RelativeMonth(v.month(m.group("m")),
                            v.shift(m.group("rel")))),
            // "now", "currently"; not "now-defunct", nor the "now" of "three days from now"
            rule(TIME_WORD, 0, "(?<![-A-Za-z])(?<![Ff]rom\\s)(?<x>(?i:" + v.alternation(PRESENT_WORD) + "))(?![-A-Za-z])",
                    m -> new DateExpression.Present()),
            // "at present": the preposition is no part of the TimeML extent
            rule(TIME_WORD, 1, "\\b(?i:at)\\s+(?<x>" + PRESENT + ")(?![-A-Za-z])", m -> new DateExpression.Present()),
            // "mid-December", "late November"
            rule(MONTH_WORD, 0, "\\b(?<x>" + EDGE + "(?<m>" + MONTH_FULL + "))", m -> monthOnly(m, null)),
            // "the end of November", "the beginning of 2024", "the middle of next week"
            rule(TIME_WORD, 1, "\\b(?<x>(?i:the)\\s+(?<pt>(?i:" + v.alternation(PERIOD_PART) + "))\\s+of\\s+(?:(?<m>"
                    + MONTH_FULL + ")(?:\\s+(?<y>" + YEAR + "))?|(?<yo>" + YEAR + ")|(?<rel>(?i:" + DEIXIS + "))\\s+"
                    + "(?<unit>(?i:" + v.units(ChronoUnit.WEEKS, ChronoUnit.YEARS, false) + "))(?![A-Za-z])))",
                    this::edgeOf),
            // "today", "yesterday morning", "tonight"
            rule(TIME_WORD, 0, "\\b(?<x>(?<rel>(?i:" + v.alternation(DAY_WORD) + "))(?:\\s+(?<tod>" + PART_OF_DAY
                    + "))?)(?![A-Za-z])", this::dayWord),
            // "last weekend", "this week", "early next week", "earlier this month", "later this year"
            rule(TIME_WORD, 2, "(?<![Tt]he\\s)\\b(?<x>(?:(?<pt>(?i:" + DRIFT_OR_EDGE + "))[-\\s]+)?"
                    + "(?<rel>(?i:" + DEIXIS + "))\\s+(?<unit>(?i:" + PERIOD + "))(?![A-Za-z]))",
                    this::relativePeriod),
            // "last night", "this morning"
            rule(TIME_WORD, 1, "\\b(?<x>(?<rel>(?i:" + NOW_OR_PAST + "))\\s+(?<tod>" + PART_OF_DAY + "))",
                    m -> new DateExpression.TimeOfDay(new DateExpression.DayOffset(
                            v.shift(m.group("rel"))), v.partOfDay(m.group("tod")), -1, -1)),
            // "Wednesday", "Tuesday night", "last Friday"
            rule(WEEKDAY_WORD, 1, "\\b(?<x>(?:(?<rel>(?i:" + DEIXIS + "))\\s+)?(?<wd>" + WEEKDAY + ")(?:\\s+(?<tod>"
                    + PART_OF_DAY + "))?)", this::weekday),
            // "two days ago"
            rule(TIME_WORD, 1, "\\b(?<x>(?<n>" + counts.count + ")\\s+(?<unit>(?i:"
                    + v.units(ChronoUnit.DAYS, ChronoUnit.DECADES, true) + "))\\s+" + AGO + ")(?![A-Za-z])",
                    m -> new DateExpression.Ago(counts.parse(m.group("n")), v.unit(m.group("unit")))),
            // "the past two years", "the last week", "the next 48 hours"
            rule(TIME_WORD, 3, "\\b(?<x>(?:(?<the>(?i:the))\\s+)?(?<rel>(?i:" + v.alternation(SPAN_DIRECTION) + "))\\s+"
                    + "(?:(?<n>" + counts.number + ")\\s+)?(?<unit>(?i:"
                    + v.units(ChronoUnit.HOURS, ChronoUnit.DECADES, true) + ")))(?![A-Za-z])", this::anchoredDuration),
            // "last summer", "summer 2013", "the winter of 2013"
            rule(TIME_WORD, 1, "\\b(?<x>(?:(?<rel>(?i:" + DEIXIS + "))\\s+)?(?<s>(?i:" + v.alternation(SEASON) + "))"
                    + "(?:\\s+(?:of\\s+)?(?<y>" + YEAR + "))?)(?![A-Za-z])", this::season),
            // "the third quarter", "the fourth quarter of 2013", "third-quarter profit"
            rule(TIME_WORD, 2, "\\b(?<x>(?:(?i:the)\\s+)?(?<ord>(?i:" + v.alternation(QUARTER_ORDINAL) + "))"
                    + "(?:-|\\s+)" + QUARTER + "(?:\\s+of\\s+(?<y>" + YEAR + "))?)(?![A-Za-z])", this::ordinalQuarter),
            // "the first half of 2013", "the second half of the year", "the first half of next year"
            rule(TIME_WORD, 2, "\\b(?<x>(?:(?i:the)\\s+)?(?<ord>(?i:" + HALF_ORDINAL + "))\\s+" + HALF + "\\s+of\\s+(?:(?<y>"
                    + YEAR + ")|(?i:the)\\s+year|(?<rel>(?i:" + DEIXIS + "))\\s+year))(?![A-Za-z])",
                    m -> new DateExpression.HalfDate(
                            language.words(QUARTER_ORDINAL).row(m.group("ord").toLowerCase(Locale.ROOT)).number(),
                            m.group("y") == null ? 0 : number(m.group("y")),
                            m.group("rel") == null ? 0 : v.shift(m.group("rel")))),
            // "Q3 2013"
            rule(DIGIT, 0, "\\b(?<x>Q(?<q>[1-4])\\s+(?:of\\s+)?(?<y>" + YEAR + "))",
                    m -> new DateExpression.QuarterDate(number(m.group("q")), number(m.group("y")), 0)),
            // "last quarter", "this quarter"
            rule(TIME_WORD, 1, "(?<![Tt]he\\s)\\b(?<x>(?<rel>(?i:" + DEIXIS + "))\\s+" + QUARTER + ")(?![A-Za-z])",
                    m -> new DateExpression.QuarterDate(0, 0, v.shift(m.group("rel")))),
            // "the 1990s", "the early 1990s"
            rule(DIGIT, 1, "\\b(?<x>(?:(?i:the)\\s+)?(?:(?<pt>" + EDGE_WORD + ")[-\\s]+)?(?<dec>1[0-9]{2}|20[0-9])0"
                    + "['\u2019]?s)(?![A-Za-z])", m -> new DateExpression.Decade(number(m.group("dec")) * 10,
                            v.part(m.group("pt")))),
            // "the 20th century", "the twentieth century"
            rule(TIME_WORD, 2, "\\b(?<x>(?i:the)\\s+(?:(?<num>[12]?[0-9])(?:st|nd|rd|th)|(?<word>(?i:"
                    + v.alternation(CENTURY_ORDINAL) + ")))\\s+century)(?![A-Za-z])",
                    this::century),
            // "8:30 a.m.", "9 pm"
            rule(DIGIT, 0, "\\b(?<x>(?<h>1[0-2]|0?[1-9])(?::(?<min>[0-5][0-9]))?\\s*(?<ap>[ap]\\.m\\.|[AP]\\.M\\.|[ap]m"
                    + "|[AP]M)(?![A-Za-z]))", DatePatterns::clock),
            // "at 14:30"
            rule(DIGIT, 1, "\\b(?i:at)\\s+(?<x>(?<h>[01]?[0-9]|2[0-3]):(?<min>[0-5][0-9]))(?![0-9:])",
                    m -> bareClock(number(m.group("h")), number(m.group("min")))),
            // "every Friday", "every two weeks", "each year"
            rule(TIME_WORD, 0, "\\b(?<x>(?i:" + v.alternation(RECURRENCE_WORD) + ")\\s+(?:(?<n>" + counts.number + ")\\s+)?(?:(?<wd>"
                    + WEEKDAY + ")|(?<unit>(?i:" + v.units(ChronoUnit.DAYS, ChronoUnit.YEARS, true)
                    + "))(?![A-Za-z])))", this::recurrence),
            // "on Fridays"
            rule(WEEKDAY_WORD, 1, "\\b(?i:on)\\s+(?<x>(?<wd>(?:" + v.weekdayNames + ")s))(?![A-Za-z])",
                    m -> new DateExpression.Recurrence(v.weekday(m.group("wd")), 0, null)),
            // "annually", "daily"
            rule(TIME_WORD, 0, "\\b(?<x>" + v.alternation(FREQUENCY_ADVERB) + ")(?![A-Za-z])", this::adverbSet),
            // "recently", "in recent years", "the near future": vague references, valued as the list says
            rule(TIME_WORD, 2, "(?<![-A-Za-z])(?<x>(?i:" + phrases(VAGUE_REFERENCE) + "))(?![-A-Za-z])",
                    m -> new DateExpression.VagueReference(language.words(VAGUE_REFERENCE).value(
                            m.group("x").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")))),
            // "several years", "the past few months": no number, so no length ("many years ago" is a past)
            rule(TIME_WORD, 4, "\\b(?<x>(?:(?i:the)\\s+(?i:" + v.alternation(SPAN_DIRECTION) + ")\\s+)?(?i:" + AMOUNT
                    + ")\\s+(?<unit>(?i:" + VAGUE_UNIT + ")))(?![-A-Za-z])(?!\\s+" + AGO + "\\b)",
                    m -> new DateExpression.VagueDuration(v.unit(m.group("unit")))),
            // "for years", "the first time in decades": the preposition is no part of the extent
            rule(TIME_WORD, 1, "\\b(?i:" + phrases(VAGUE_DURATION_PREPOSITION) + ")\\s+(?<x>(?<unit>(?i:" + VAGUE_PLURAL
                    + ")))(?![-A-Za-z])(?!\\s+(?:" + AGO + "|old)\\b)",
                    m -> new DateExpression.VagueDuration(v.unit(m.group("unit")))),
            // "years ago", "many months ago": a past with no date
            rule(TIME_WORD, 2, "\\b(?<x>(?:(?i:" + AMOUNT + ")\\s+)?(?i:" + VAGUE_PLURAL + ")\\s+" + AGO + ")(?![A-Za-z])",
                    m -> new DateExpression.VagueReference("PAST_REF")),
            // "the 1996 election", "its 1997 profit", "Israel's 2006 war": a year between a determiner and a word
            rule(DIGIT, 1, "(?:\\b(?i:" + phrases(DETERMINER) + ")|['\u2019]s)\\s+(?<x>" + BARE_YEAR
                    + ")(?=\\s+[A-Za-z])", m -> new DateExpression.AttributiveYear(number(m.group("y")))),
            // "fiscal 1998", "the year 2000": a bare year after words that make it one
            rule(DIGIT, 2, "\\b(?<x>(?i:" + phrases(YEAR_PREFIX) + ")\\s+" + BARE_YEAR + ")",
                    m -> calendar(m.group("y"), 0, 0, Part.WHOLE)),
            // "in 2013", "since early 2023": a bare year only after a preposition, so counts are not years
            rule(DIGIT, 1, PREPOSITION + "(?<x>" + EDGE + "?" + BARE_YEAR + ")",
                    m -> calendar(m.group("y"), 0, 0, v.part(m.group("pt")))),
            // "early 2024", "mid-2023"
            rule(DIGIT | TIME_WORD, 0, "\\b(?<x>" + EDGE + BARE_YEAR + ")",
                    m -> calendar(m.group("y"), 0, 0, v.part(m.group("pt")))),
            // "November 24 to December 1", "from Nov. 24 - Dec. 1, 2023"
            rule(DIGIT | MONTH_WORD, 1, BETWEEN + "\\b(?<x>(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY + ")(?:,?\\s+(?<y1>"
                    + YEAR + "))?" + CONNECTOR + "(?<m2>" + MONTH + ")\\s+(?<d2>" + DAY + ")(?:,?\\s+(?<y2>" + YEAR
                    + "))?)", m -> range(m, m.group("m1"), m.group("m2"), m.group("y1"), m.group("y2"))),
            // "November 24-30": not "October 7 to 10 days later"
            rule(DIGIT | MONTH_WORD, 1, BETWEEN + "\\b(?<x>(?<m1>" + MONTH + ")\\s+(?<d1>" + DAY + ")" + CONNECTOR
                    + "(?<d2>" + DAY + ")(?:,?\\s+(?<y2>" + YEAR + "))?)(?!\\s+[a-z])",
                    m -> range(m, m.group("m1"), m.group("m1"), null, m.group("y2"))),
            // "24-30 November", "between 24 and 30 November"
            rule(DIGIT | MONTH_WORD, 1, BETWEEN + "\\b(?<x>(?<d1>" + DAY + ")" + CONNECTOR + "(?<d2>" + DAY
                    + ")\\s+(?:of\\s+)?(?<m2>" + MONTH + ")(?:,?\\s+(?<y2>" + YEAR + "))?)",
                    m -> range(m, m.group("m2"), m.group("m2"), null, m.group("y2"))),
            // "24 November to 1 December"
            rule(DIGIT | MONTH_WORD, 1, BETWEEN + "\\b(?<x>(?<d1>" + DAY + ")\\s+(?<m1>" + MONTH + ")(?:,?\\s+(?<y1>"
                    + YEAR + "))?" + CONNECTOR + "(?<d2>" + DAY + ")\\s+(?<m2>" + MONTH + ")(?:,?\\s+(?<y2>" + YEAR
                    + "))?)",
                    m -> range(m, m.group("m1"), m.group("m2"), m.group("y1"), m.group("y2"))),
            // "from 1967 to 1979", "between 2001 and 2005": years as a range only after from or between
            rule(DIGIT, 1, "\\b(?:(?i:from)|(?<btw>(?i:between)))\\s+(?<x>(?<y1>" + RANGE_YEAR + ")" + CONNECTOR
                    + "(?<y2>" + RANGE_YEAR + "))(?![0-9])(?![.,][0-9])", this::yearRange));
    }

    /** A list's phrases as an alternation, longest first, their spaces matching any run of white space. */
    private String phrases(io.factunit.language.WordList list) {
        return WordTable.alternation(language.words(list).words()).replace(" ", "\\s+");
    }

    private static Rule rule(int anchors, int lead, String regex, Function<Matcher, DateExpression> parse) {
        return new Rule(anchors, lead, Pattern.compile(regex), parse);
    }

    // ---- parsers, one per form

    private DateExpression calendarDate(Matcher m) {
        boolean monthFirst = m.group("m1") != null;
        int month = v.month(monthFirst ? m.group("m1") : m.group("m2"));
        int day = DateVocabulary.day(monthFirst ? m.group("d1") : m.group("d2"));
        String weekday = m.group("wd");
        DateParts parts = new DateParts(weekday == null ? null : v.weekday(weekday),
                m.group("y") == null ? 0 : number(m.group("y")), month, day);
        return new DateExpression.Calendar(parts, Part.WHOLE);
    }

    private static DateExpression calendar(String year, int month, int day, Part part) {
        return new DateExpression.Calendar(DateParts.of(year == null ? 0 : number(year), month, day), part);
    }

    /**
     * Slashed dates are read as month/day/year or day/month/year only when the other reading is impossible
     * (03/22/2013, 22/03/2013) or both agree (03/03/2013); 03/04/2013 is skipped, as guessing the convention
     * of an unknown outlet would invent a date.
     */
    private static DateExpression slashed(Matcher m) {
        int a = number(m.group("a"));
        int b = number(m.group("b"));
        if (a == b || (a > 12 && b <= 12)) {
            return calendar(m.group("y"), b, a, Part.WHOLE);
        }
        if (b > 12 && a <= 12) {
            return calendar(m.group("y"), a, b, Part.WHOLE);
        }
        return null;
    }

    private DateExpression monthOnly(Matcher m, String year) {
        return calendar(year, v.month(m.group("m")), 0, v.part(m.group("pt")));
    }

    private DateExpression edgeOf(Matcher m) {
        Part part = v.part(m.group("pt"));
        if (m.group("m") != null) {
            return calendar(m.group("y"), v.month(m.group("m")), 0, part);
        }
        if (m.group("yo") != null) {
            return calendar(m.group("yo"), 0, 0, part);
        }
        return new DateExpression.RelativePeriod(v.unit(m.group("unit")),
                v.shift(m.group("rel")), part);
    }

    private DateExpression dayWord(Matcher m) {
        WordTable.Row word = language.words(DAY_WORD).row(m.group("rel").toLowerCase(Locale.ROOT));
        DateExpression day = new DateExpression.DayOffset(word.number());
        String partOfDay = word.column(1);
        if (!partOfDay.isEmpty()) { // "tonight" names its part of the day itself
            return m.group("tod") == null ? new DateExpression.TimeOfDay(day, partOfDay, -1, -1) : null;
        }
        return m.group("tod") == null ? day
                : new DateExpression.TimeOfDay(day, v.partOfDay(m.group("tod")), -1, -1);
    }

    private DateExpression relativePeriod(Matcher m) {
        boolean weekend = m.group("unit").equalsIgnoreCase("weekend");
        Part part = weekend ? Part.WEEKEND : v.part(m.group("pt"));
        if (weekend && m.group("pt") != null) {
            return null; // "early last weekend" is not news English
        }
        ChronoUnit unit = weekend ? ChronoUnit.WEEKS : v.unit(m.group("unit"));
        return new DateExpression.RelativePeriod(unit, v.shift(m.group("rel")), part);
    }

    private DateExpression weekday(Matcher m) {
        String rel = m.group("rel");
        DateExpression day = new DateExpression.Weekday(v.weekday(m.group("wd")),
                rel == null ? 0 : v.shift(rel));
        return m.group("tod") == null ? day
                : new DateExpression.TimeOfDay(day, v.partOfDay(m.group("tod")), -1, -1);
    }

    /** A number is required unless the words are "the past/last week" (one unit, singular). */
    private DateExpression anchoredDuration(Matcher m) {
        String unitWord = m.group("unit").toLowerCase(Locale.ROOT);
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        int amount;
        if (m.group("n") != null) {
            amount = counts.parse(m.group("n"));
        } else if (m.group("the") != null && !unitWord.endsWith("s") && (rel.equals("past") || rel.equals("last"))) {
            amount = 1; // "the next week" may be the week after a past event, so only the backward reading
        } else {
            return null;
        }
        return amount <= 0 ? null : new DateExpression.AnchoredDuration(amount, v.unit(unitWord),
                v.shift(rel));
    }

    private DateExpression season(Matcher m) {
        String rel = m.group("rel");
        String year = m.group("y");
        if (rel == null && year == null) {
            return null; // "summer" alone, "the fall of Kabul"
        }
        DateExpression.Season season = DateExpression.Season.valueOf(
                language.words(SEASON).value(m.group("s").toLowerCase(Locale.ROOT)));
        return new DateExpression.SeasonDate(season, year == null ? 0 : number(year),
                rel == null ? 0 : v.shift(rel));
    }

    private DateExpression ordinalQuarter(Matcher m) {
        int quarter = language.words(QUARTER_ORDINAL).row(m.group("ord").toLowerCase(Locale.ROOT)).number();
        return new DateExpression.QuarterDate(quarter, m.group("y") == null ? 0 : number(m.group("y")), 0);
    }

    private DateExpression century(Matcher m) {
        int ordinal = m.group("num") != null ? number(m.group("num"))
                : language.words(CENTURY_ORDINAL).row(m.group("word").toLowerCase(Locale.ROOT)).number();
        return ordinal < 1 || ordinal > 21 ? null : new DateExpression.Century(ordinal);
    }

    private static DateExpression clock(Matcher m) {
        int hour = number(m.group("h"));
        boolean pm = Character.toLowerCase(m.group("ap").charAt(0)) == 'p';
        hour = hour % 12 + (pm ? 12 : 0);
        return bareClock(hour, m.group("min") == null ? 0 : number(m.group("min")));
    }

    /** A clock time on no stated day: the publication day, unless {@link ClockAnchors} finds its day. */
    static DateExpression.TimeOfDay bareClock(int hour, int minute) {
        return new DateExpression.TimeOfDay(new DateExpression.DayOffset(0), null, hour, minute);
    }

    private DateExpression recurrence(Matcher m) {
        int amount = m.group("n") == null ? 1 : counts.parse(m.group("n"));
        if (m.group("wd") != null) {
            return m.group("n") == null ? new DateExpression.Recurrence(v.weekday(m.group("wd")), 0, null)
                    : null;
        }
        return amount <= 0 ? null : new DateExpression.Recurrence(null, amount, v.unit(m.group("unit")));
    }

    private DateExpression adverbSet(Matcher m) {
        ChronoUnit unit = ChronoUnit.valueOf(language.words(FREQUENCY_ADVERB).value(m.group("x")));
        return new DateExpression.Recurrence(null, 1, unit);
    }

    /**
     * "and" joins a range only after "between". A month written once serves both ends; so does a year written
     * once at the end, unless the range crosses New Year ("December 28 to January 3, 2024").
     */
    private DateExpression range(Matcher m, String fromMonth, String toMonth, String fromYear, String toYear) {
        String connector = m.group("conn");
        if (connector != null && connector.equalsIgnoreCase("and") && m.group("btw") == null) {
            return null;
        }
        DateParts from = DateParts.of(fromYear == null ? 0 : number(fromYear), v.month(fromMonth),
                DateVocabulary.day(m.group("d1")));
        DateParts to = DateParts.of(toYear == null ? 0 : number(toYear), v.month(toMonth),
                DateVocabulary.day(m.group("d2")));
        boolean inOrder = from.month() < to.month() || (from.month() == to.month() && from.day() <= to.day());
        if (from.year() == 0 && to.year() > 0 && inOrder) {
            from = from.withYear(to.year());
        }
        return new DateExpression.Range(from, to);
    }

    /** "from 1967 to 1979": both ends years, the first not the later; "and" only after "between". */
    private DateExpression yearRange(Matcher m) {
        String connector = m.group("conn");
        if (connector != null && connector.equalsIgnoreCase("and") && m.group("btw") == null) {
            return null;
        }
        int from = number(m.group("y1"));
        int to = number(m.group("y2"));
        return from <= to ? new DateExpression.Range(DateParts.of(from, 0, 0), DateParts.of(to, 0, 0)) : null;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
