package io.factunit.mention.duration;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.article.FirstChars;
import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import io.factunit.mention.MentionFinder;
import io.factunit.mention.TimeUnits;
import io.factunit.mention.Timex;
import io.factunit.mention.TimexValues;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lengths of time: "10 weeks", "three days", "a month", "one-week truce", "six-week halt", "48-hour
 * ceasefire". A hyphenated length describes the noun after it, which becomes the head and ends the mention
 * ("six-week halt"); "10 weeks of attacks" takes "attack" as head but the mention stays "10 weeks".
 *
 * <p>Not durations: ages ("51-year-old", "51 years old"), dates ("two years ago"), other hyphen compounds
 * ("three-stage plan"), rates ("twice a day"), sets ("every two weeks"), ranges ("30-40 days"), spans from the
 * publication date ("the past two years", which the date finder reports), and vague lengths ("decades",
 * "months of combat", "a few days"), which have no value to compare. Hours and minutes are rounded up to whole
 * days in the {@link java.time.Period}, which cannot hold them; the TIMEX value keeps them exact ("PT48H").
 */
public final class DurationFinder implements MentionFinder.SelfContained {
    /** The forms as written; the scans use them {@link FirstChars#gated gated}. */
    final Pattern compoundForm;
    final Pattern longForm;
    final Pattern plainForm;
    private final Pattern compound;
    private final Pattern longLength;
    private final Pattern plainLength;
    /** "two years old", "two years ago" ({@code not-length-after.txt}). */
    private final Pattern notLengthAfter;
    private final Pattern notLengthBefore;
    /** "twice a week", "per day" ({@code rate-word.txt}). */
    private final Pattern rateBefore;

    private final DurationWords words;
    private final DurationUnits units;

    public DurationFinder(Language language) {
        this(DurationWords.of(language));
    }

    DurationFinder(DurationWords words) {
        this.words = words;
        this.units = words.units;
        String unit = WordTable.alternation(units.words(ChronoUnit.MINUTES, ChronoUnit.CENTURIES, true, true));
        String singular = WordTable.alternation(units.words(ChronoUnit.MINUTES, ChronoUnit.CENTURIES, false, true));
        String longUnit = WordTable.alternation(units.words(ChronoUnit.DAYS, ChronoUnit.DECADES, false, false));
        compoundForm = Pattern.compile("(?<![-A-Za-z0-9.,])(?<n>" + words.counts.number
                + ")\\s*-\\s*(?<unit>(?i:" + singular + "))(?:\\s*-?\\s*long)?(?![-A-Za-z])");
        longForm = Pattern.compile("\\b(?<unit>(?i:" + longUnit + "))\\s*-?\\s*long(?![-A-Za-z])");
        plainForm = Pattern.compile("(?<![-A-Za-z0-9.,])(?<n>" + words.counts.count
                + ")\\s+(?<unit>(?i:" + unit + "))(?![-A-Za-z])");
        compound = FirstChars.gated(compoundForm);
        longLength = FirstChars.gated(longForm);
        plainLength = FirstChars.gated(plainForm);
        // "the past two years" is a span from now (DateFinder's), "every two weeks" a recurrence
        notLengthBefore = Pattern.compile("\\b(?i:" + WordTable.alternation(java.util.stream.Stream.concat(
                words.language.words(WordList.SPAN_DIRECTION).words().stream(),
                words.language.words(WordList.RECURRENCE_WORD).words().stream()).toList()) + ")\\s+$");
        notLengthAfter = Pattern.compile("\\s+(?i:" + WordTable.alternation(
                words.language.words(WordList.NOT_LENGTH_AFTER).words()).replace(" ", "\\s+") + ")\\b");
        rateBefore = Pattern.compile("\\b(?i:" + words.language.words(WordList.RATE_WORD).alternation() + ")\\s+$");
    }

    @Override
    public List<DurationMention> find(AnalyzedArticle analyzed) {
        String text = analyzed.article().text();
        List<DurationMention> mentions = new ArrayList<>();
        for (Sentence sentence : analyzed.sentences()) {
            if (hasUnitWord(sentence)) {
                findIn(text, sentence, mentions);
            }
        }
        return mentions;
    }

    private void findIn(String text, Sentence sentence, List<DurationMention> out) {
        int covered = sentence.start();
        List<DurationMention> found = new ArrayList<>();
        // COMPOUND needs a hyphen and LONG the word "long": a sentence without one cannot match (most cannot).
        boolean hyphen = sentence.text().indexOf('-') >= 0;
        boolean hasLong = sentence.text().contains("long");
        Matcher compounds = region(compound, text, sentence);
        while (hyphen && compounds.find()) {
            int amount = words.counts.parse(compounds.group("n"));
            if (amount > 0) {
                found.add(compound(text, sentence, compounds, amount));
            }
        }
        Matcher weekLong = region(longLength, text, sentence);
        while (hasLong && weekLong.find()) {
            found.add(compound(text, sentence, weekLong, 1));
        }
        Matcher plain = region(plainLength, text, sentence);
        while (plain.find()) {
            DurationMention mention = plain(text, sentence, plain);
            if (mention != null) {
                found.add(mention);
            }
        }
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : b.end() - a.end());
        for (DurationMention mention : found) {
            if (mention.start() >= covered) {
                out.add(mention);
                covered = mention.end();
            }
        }
    }

    private static Matcher region(Pattern pattern, String text, Sentence sentence) {
        return pattern.matcher(text).region(sentence.start(), sentence.end())
                .useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** "six-week halt": the noun after the compound, past at most two adjectives, is its head. */
    private DurationMention compound(String text, Sentence sentence, Matcher m, int amount) {
        Token head = null;
        List<Token> tokens = sentence.tokens();
        for (int i = sentence.tokenAt(m.end()), seen = 0; i < tokens.size() && seen < 3; i++, seen++) {
            Token token = tokens.get(i);
            if (token.isNoun()) {
                head = token;
                break;
            }
            if (!"ADJ".equals(token.upos())) {
                break;
            }
        }
        int end = head == null ? m.end() : head.end();
        return mention(text, sentence, m.start(), end, amount, m.group("unit"), head == null ? null : head.lemma());
    }

    private DurationMention plain(String text, Sentence sentence, Matcher m) {
        int amount = words.counts.parse(m.group("n"));
        String before = text.substring(Math.max(sentence.start(), m.start() - 20), m.start());
        boolean article = Character.isLetter(m.group("n").charAt(0)) && amount == 1
                && m.group("n").length() <= 2;
        if (amount <= 0 || notLengthBefore.matcher(before).find()
                || (article && rateBefore.matcher(before).find())
                || notLengthAfter.matcher(text).region(m.end(), sentence.end()).lookingAt()) {
            return null;
        }
        return mention(text, sentence, m.start(), m.end(), amount, m.group("unit"), headAfterOf(sentence, m.end()));
    }

    /** "10 weeks of devastating Israeli attacks": the first noun within four words after "of". */
    private static String headAfterOf(Sentence sentence, int end) {
        List<Token> tokens = sentence.tokens();
        int i = sentence.tokenAt(end);
        if (i >= tokens.size() || !tokens.get(i).text().equalsIgnoreCase("of")) {
            return null;
        }
        for (int j = i + 1; j < tokens.size() && j <= i + 4; j++) {
            Token token = tokens.get(j);
            if ("NOUN".equals(token.upos())) {
                return token.lemma();
            }
            if (!"ADJ".equals(token.upos()) && !"DET".equals(token.upos()) && !"PROPN".equals(token.upos())) {
                return null;
            }
        }
        return null;
    }

    private DurationMention mention(String text, Sentence sentence, int start, int end, int amount,
                                    String unitWord, String head) {
        String lower = unitWord.toLowerCase(Locale.ROOT);
        boolean fortnight = units.isFortnight(lower);
        ChronoUnit unit = fortnight ? ChronoUnit.WEEKS : TimeUnits.unit(words.language, lower);
        int count = fortnight ? amount * 2 : amount;
        return new DurationMention(start, end, text.substring(start, end), sentence.index(),
                TimeUnits.period(count, unit), head, new Timex("DURATION", TimexValues.duration(count, unit)));
    }

    private boolean hasUnitWord(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (units.isUnitWord(token)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Class<DurationMention> finds() {
        return DurationMention.class;
    }

    /** The units of time, singular, plural and as "weeklong". */
    @Override
    public Set<String> anchorWords() {
        return words.anchorWords;
    }
}
