package io.factunit.mention;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.article.FirstChars;
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
 * publication date ("the past two years", which {@link DateFinder} reports), and vague lengths ("decades",
 * "months of combat", "a few days"), which have no value to compare. Hours and minutes are rounded up to whole
 * days in the {@link java.time.Period}, which cannot hold them; the TIMEX value keeps them exact ("PT48H").
 */
public final class DurationFinder implements MentionFinder {
    private static final String UNIT = "minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)"
            + "|fortnights?";
    /** The forms as written; the scans use them {@link FirstChars#gated gated}. */
    static final Pattern COMPOUND_FORM = Pattern.compile("(?<![-A-Za-z0-9.,])(?<n>" + CountWords.NUMBER
            + ")\\s*-\\s*(?<unit>(?i:minute|hour|day|week|fortnight|month|year|decade|century))(?:\\s*-?\\s*long)?"
            + "(?![-A-Za-z])");
    static final Pattern LONG_FORM = Pattern.compile("\\b(?<unit>(?i:day|week|month|year|decade))\\s*-?\\s*long"
            + "(?![-A-Za-z])");
    static final Pattern PLAIN_FORM = Pattern.compile("(?<![-A-Za-z0-9.,])(?<n>" + CountWords.COUNT
            + ")\\s+(?<unit>(?i:" + UNIT + "))(?![-A-Za-z])");
    private static final Pattern COMPOUND = FirstChars.gated(COMPOUND_FORM);
    private static final Pattern LONG = FirstChars.gated(LONG_FORM);
    private static final Pattern PLAIN = FirstChars.gated(PLAIN_FORM);
    private static final Pattern NOT_LENGTH_AFTER = Pattern.compile("\\s+(?i:old|ago|and\\s+a\\s+half)\\b");
    private static final Pattern NOT_LENGTH_BEFORE = Pattern.compile(
            "\\b(?i:past|last|previous|next|coming|every|each)\\s+$");
    private static final Pattern RATE_BEFORE = Pattern.compile("\\b(?i:times|twice|once|per)\\s+$");
    private static final Set<String> UNIT_WORDS = Set.of("minute", "minutes", "hour", "hours", "day", "days", "week",
            "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries", "fortnight",
            "fortnights", "weeklong", "long");

    /** The last letters of the unit words (and of "long"). */
    private static final String UNIT_ENDINGS = "yserhktg";

    /** The unit words that make a sentence worth scanning. */
    static Set<String> unitWords() {
        return UNIT_WORDS;
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

    private static void findIn(String text, Sentence sentence, List<DurationMention> out) {
        int covered = sentence.start();
        List<DurationMention> found = new ArrayList<>();
        // COMPOUND needs a hyphen and LONG the word "long": a sentence without one cannot match (most cannot).
        boolean hyphen = sentence.text().indexOf('-') >= 0;
        boolean hasLong = sentence.text().contains("long");
        Matcher compound = region(COMPOUND, text, sentence);
        while (hyphen && compound.find()) {
            int amount = CountWords.parse(compound.group("n"));
            if (amount > 0) {
                found.add(compound(text, sentence, compound, amount));
            }
        }
        Matcher weekLong = region(LONG, text, sentence);
        while (hasLong && weekLong.find()) {
            found.add(compound(text, sentence, weekLong, 1));
        }
        Matcher plain = region(PLAIN, text, sentence);
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
    private static DurationMention compound(String text, Sentence sentence, Matcher m, int amount) {
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

    private static DurationMention plain(String text, Sentence sentence, Matcher m) {
        int amount = CountWords.parse(m.group("n"));
        String before = text.substring(Math.max(sentence.start(), m.start() - 20), m.start());
        boolean article = Character.isLetter(m.group("n").charAt(0)) && amount == 1
                && m.group("n").length() <= 2;
        if (amount <= 0 || NOT_LENGTH_BEFORE.matcher(before).find()
                || (article && RATE_BEFORE.matcher(before).find())
                || NOT_LENGTH_AFTER.matcher(text).region(m.end(), sentence.end()).lookingAt()) {
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

    private static DurationMention mention(String text, Sentence sentence, int start, int end, int amount,
                                           String unitWord, String head) {
        String lower = unitWord.toLowerCase(Locale.ROOT);
        boolean fortnight = lower.startsWith("fortnight");
        ChronoUnit unit = fortnight ? ChronoUnit.WEEKS : DateVocabulary.unit(lower);
        int count = fortnight ? amount * 2 : amount;
        return new DurationMention(start, end, text.substring(start, end), sentence.index(),
                CalendarPeriods.period(count, unit), head, new Timex("DURATION", TimexValues.duration(count, unit)));
    }

    private static boolean hasUnitWord(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if ((WordKinds.of(token) & WordKinds.UNIT_WORD) != 0) {
                return true;
            }
        }
        return false;
    }

    /** A unit word, alone or ending a compound ("days", "six-week", "weeklong"); {@link WordKinds} keeps the answer. */
    static boolean isUnitWord(String text) {
        if (text.length() < 3 || !mayHoldUnit(text)) {
            return false; // no unit word is shorter than "day", and each ends in one of UNIT_ENDINGS
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int hyphen = lower.lastIndexOf('-');
        if (UNIT_WORDS.contains(hyphen < 0 ? lower : lower.substring(hyphen + 1))) {
            return true;
        }
        return lower.endsWith("long") && UNIT_WORDS.contains(lower.substring(0, lower.length() - 4));
    }

    /** False for a word that cannot end in a unit word: its last letter ends none, and it has no hyphen. */
    private static boolean mayHoldUnit(String text) {
        char last = Character.toLowerCase(text.charAt(text.length() - 1));
        return UNIT_ENDINGS.indexOf(last) >= 0 || text.indexOf('-') >= 0;
    }
}
