package io.factunit.mention.quantity;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.language.Language;
import io.factunit.mention.MentionFinder;
import io.factunit.mention.quantity.Quantity.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds counts and amounts in an analysed article: the number expression ({@link NumberParser}), the words
 * that bound it ({@link Bounds}), what it counts ({@link CountedNoun}, or for a number with no noun the noun
 * phrase it is the value of, {@link MeasuredNoun}: "the death toll rose to 12") and the verb that governs it
 * ({@link GoverningVerb}). A count in a coordinated clause with no noun of its own takes the noun of the count
 * before it ("killed 12 people and injured 30"); words before the number modify the count ("another 5").
 *
 * <p>Leaves to other finders what is not a count: numbers in dates ("October 7", "1 February", "November 24
 * to December 1"), years, clock times ("9:30", "9 pm"), durations ("10 weeks", "six-week halt": any number
 * whose head is a time unit), labels ("Article 51", "Resolution 2334") and names ("COVID-19"). An age
 * ("51-year-old") is kept, with head "year-old".
 *
 * <p>Cheap on text without numbers: a token that cannot start a number costs a character test and a few
 * case-insensitive set lookups, with no allocation; only candidate numbers build strings.
 */
public final class QuantityFinder implements MentionFinder.SelfContained {
    private static final int MAX_RUN = 10;
    private final QuantityWords words;

    public QuantityFinder(Language language) {
        this(QuantityWords.of(language));
    }

    QuantityFinder(QuantityWords words) {
        this.words = words;
    }

    @Override
    public List<QuantityMention> find(AnalyzedArticle article) {
        return find(article.article().text(), article.sentences());
    }

    /** Finds quantities in sentences analysed from {@code text} (an article's text or a stand-alone snippet). */
    public List<QuantityMention> find(String text, List<Sentence> sentences) {
        List<QuantityMention> out = new ArrayList<>();
        for (Sentence sentence : sentences) {
            new Scan(words, text, sentence, out).run();
        }
        return out;
    }

    /** The state of reading one sentence. */
    private static final class Scan {
        private final QuantityWords words;
        private final NumberParser numbers;
        private final Bounds bounds;
        private final String text;
        private final Sentence sentence;
        private final List<Token> t;
        private final int n;
        private final List<QuantityMention> out;
        private int dateEnd = -2; // last token of the latest number read as part of a date
        private CountedNoun antecedent; // what the latest count counted, if a noun of its own and governed by a verb
        private String antecedentVerb; // the latest count's verb

        Scan(QuantityWords words, String text, Sentence sentence, List<QuantityMention> out) {
            this.words = words;
            this.numbers = words.numbers;
            this.bounds = words.bounds;
            this.text = text;
            this.sentence = sentence;
            this.t = sentence.tokens();
            this.n = t.size();
            this.out = out;
        }

        void run() {
            int i = 0;
            while (i < n) {
                i = startsNumber(i) ? read(i) : i + 1;
            }
        }

        /** Reads the number starting at token i; returns the index to go on from. */
        private int read(int i) {
            int runEnd = runEnd(i);
            int last = -1;
            Quantity base = null;
            for (int k = runEnd; k >= i && base == null; k--) {
                Optional<Quantity> parsed = numbers.parse(text.substring(t.get(i).start(), t.get(k).end()));
                if (parsed.isPresent()) {
                    base = parsed.get();
                    last = k;
                }
            }
            if (base == null && countedYear(i)) {
                base = numbers.parse(t.get(i).text(), true).orElse(null);
                last = i;
            }
            if (base == null) {
                return i + 1;
            }
            if (isDate(i, last, base)) {
                dateEnd = last;
                return last + 1;
            }
            if (isClockTime(i, last) || isLabel(i)) {
                return last + 1;
            }
            if (isHyphenCompound(last)) {
                return compound(i, last, base);
            }
            emit(i, last, base);
            return last + 1;
        }

        private void emit(int first, int last, Quantity base) {
            Bounds.Match before = bounds.before(t, first);
            Bounds.Match after = bounds.after(t, last + 1); // "100 or more people"
            int from = after != null ? after.last() + 1 : last + 1;
            CountedNoun counted = counted(first, from, last, base);
            if (after == null) {
                after = bounds.after(t, counted.last() + 1); // "100 Israelis and others"
            }
            if (counted.head() != null && words.timeUnits.contains(counted.head())) {
                return; // a duration
            }
            Bounds.Match bound = before != null ? before : after;
            Quantity value = bound == null ? base : Bounds.apply(base, bound.precision());
            int spanFirst = before != null ? before.first() : first;
            int spanLast = after != null && before == null ? Math.max(last, after.last()) : last;
            if (counted.head() == null || CountContext.completesNoun(t, spanFirst, counted)) {
                CountedNoun measured = MeasuredNoun.find(t, spanFirst, first, counted.last());
                counted = measured != null ? measured : counted;
            }
            if (counted.head() == null && before == null && first == last && is(first, "one")
                    && !CountedNoun.isPartitive(words, t, from)) {
                return; // "when one is killed": a pronoun, not a count
            }
            String verb = GoverningVerb.find(t, spanFirst, counted, words);
            boolean partitive = CountedNoun.isPartitive(words, t, from);
            boolean ownNoun = counted.headIndex() > last && !counted.headIsParticiple() && !CountContext.isOthers(t, counted)
                    && !partitive;
            CountedNoun resolved = CountContext.withModifiersBefore(words, t, spanFirst,
                    partitive ? counted : CountContext.elided(t, spanFirst, counted, verb, antecedent, antecedentVerb));
            add(spanFirst, spanLast, value, resolved, verb, partitive);
            antecedent = verb != null && resolved.head() != null && (ownNoun || resolved != counted) ? resolved : null;
            antecedentVerb = verb;
        }

        /** Currency and percent signs name the unit; otherwise the words after the number do. */
        private CountedNoun counted(int first, int from, int last, Quantity base) {
            String currency = words.currencies.get(t.get(first).text());
            if (currency != null) {
                return new CountedNoun(currency, List.of(), List.of(), -1, last, false);
            }
            if (from < n && (is(from, "%") || is(from, "percent"))) {
                return new CountedNoun("percent", List.of(), List.of(), -1, from, false);
            }
            if (from + 1 < n && is(from, "per") && is(from + 1, "cent")) {
                return new CountedNoun("percent", List.of(), List.of(), -1, from + 1, false);
            }
            return CountedNoun.find(words, t, from, base.precision() == Precision.VAGUE, base.high() != 1);
        }

        /** "three-stage plan" counts stages; "six-week halt" is a duration; "51-year-old" an age. */
        private int compound(int first, int last, Quantity base) {
            Token unit = t.get(last + 2);
            String unitLemma = unit.lemma();
            int end = last + 2;
            String head = unitLemma;
            if (words.timeUnits.contains(unitLemma)) {
                if (end + 2 < n && isDash(t.get(end + 1)) && is(end + 2, "old")) {
                    end += 2;
                    head = unitLemma + "-old";
                } else {
                    return end + 1;
                }
            }
            Bounds.Match before = bounds.before(t, first);
            Quantity value = before == null ? base : Bounds.apply(base, before.precision());
            int spanFirst = before != null ? before.first() : first;
            CountedNoun counted = new CountedNoun(head, List.of(), List.of(), end, end, false);
            add(spanFirst, end, value, counted, GoverningVerb.find(t, spanFirst, counted, words), false);
            antecedent = null;
            return end + 1;
        }

        private void add(int firstToken, int lastToken, Quantity value, CountedNoun counted, String verb,
                         boolean partitive) {
            int start = t.get(firstToken).start();
            int end = t.get(lastToken).end();
            out.add(new QuantityMention(start, end, text.substring(start, end), sentence.index(), value,
                    counted.head(), verb, counted.modifiers(), counted.alsoCounts(), partitive));
        }

        // ---- where a number starts and ends ----

        private boolean startsNumber(int i) {
            Token token = t.get(i);
            String s = token.text();
            if (!words.mayStartNumber(token)) {
                return false; // most words: none of the cases below
            }
            if (startsWithDigit(token)) {
                return true;
            }
            if (words.currencies.containsKey(s)) {
                return i + 1 < n && startsWithDigit(t.get(i + 1)) && adjacent(i, i + 1);
            }
            if (numbers.isNumberWord(s)) {
                return !s.equalsIgnoreCase("one") || "NUM".equals(token.upos()); // not "the previous one"
            }
            if (s.equalsIgnoreCase("a") || s.equalsIgnoreCase("an")) {
                return i + 1 < n && (numbers.isScaleWord(t.get(i + 1).text())
                        || (is(i + 1, "few") && i + 2 < n && numbers.isScaleWord(t.get(i + 2).text())));
            }
            if (s.equalsIgnoreCase("several")) {
                return i + 1 < n && numbers.isScaleWord(t.get(i + 1).text());
            }
            if (s.equalsIgnoreCase("half")) {
                return i + 2 < n && (is(i + 1, "a") || is(i + 1, "an"))
                        && numbers.isScaleWord(t.get(i + 2).text());
            }
            if (s.equalsIgnoreCase("between")) {
                return i + 1 < n && isNumberToken(i + 1);
            }
            return false;
        }

        /** Last token that may still belong to the number starting at i; the parser decides how much does. */
        private int runEnd(int i) {
            boolean afterFrom = i > 0 && is(i - 1, "from"); // "from 5 to 10" is a change, not a range
            int j = i;
            while (j + 1 < n && j - i < MAX_RUN) {
                Token next = t.get(j + 1);
                String s = next.text();
                if (isNumberToken(j + 1) || (j == i && words.currencies.containsKey(t.get(i).text()))) {
                    j++;
                } else if (numbers.isSuffix(s) && adjacent(j, j + 1) && startsWithDigit(t.get(j))) {
                    j++; // "3bn" is tokenised "3" "bn"
                } else if ((isDash(next) || (s.equalsIgnoreCase("to") && !afterFrom) || s.equalsIgnoreCase("and"))
                        && j + 2 < n && isNumberToken(j + 2)) {
                    j += 2;
                } else if (s.equalsIgnoreCase("of") && (is(j, "tens") || is(j, "hundreds")) && j + 2 < n
                        && numbers.isNumberWord(t.get(j + 2).text())) {
                    j += 2;
                } else if ((s.equalsIgnoreCase("a") && is(j, "half")) || (s.equalsIgnoreCase("few") && is(j, "a"))
                        || (s.equalsIgnoreCase("an") && is(j, "half"))) {
                    j++;
                } else {
                    break;
                }
            }
            return j;
        }

        // ---- what is not a count ----

        /** "October 7", "1 February", "24 to 30 November", and "25" in "November 24 and 25". */
        private boolean isDate(int first, int last, Quantity q) {
            boolean dayNumbers = q.low() >= 1 && q.high() <= 31 && q.low() == Math.rint(q.low())
                    && q.high() == Math.rint(q.high()) && q.precision() != Precision.VAGUE;
            if (!dayNumbers) {
                return false;
            }
            if ((first > 0 && isMonth(first - 1)) || (last + 1 < n && isMonth(last + 1))
                    || (last + 2 < n && is(last + 1, "of") && isMonth(last + 2))) {
                return true;
            }
            return first >= 2 && dateEnd == first - 2 && (isDash(t.get(first - 1)) || is(first - 1, "to")
                    || is(first - 1, "and") || is(first - 1, "until") || is(first - 1, "through"));
        }

        private boolean isClockTime(int first, int last) {
            return (last + 1 < n && words.clockWords.contains(t.get(last + 1).text()))
                    || (first > 0 && is(first - 1, ":")) || (last + 1 < n && is(last + 1, ":"));
        }

        /** "Article 51", "Resolution 2334"; "COVID-19", "F-16". */
        private boolean isLabel(int first) {
            if (first > 0 && words.numberLabels.contains(t.get(first - 1).text())) {
                return true;
            }
            return first >= 2 && isDash(t.get(first - 1)) && adjacent(first - 2, first - 1)
                    && adjacent(first - 1, first) && Character.isLetter(t.get(first - 2).text().charAt(0));
        }

        /** A bare year-like number is a count when bounded and followed by a noun: "more than 2000 people". */
        private boolean countedYear(int i) {
            return NumberParser.isYearLike(t.get(i).text()) && bounds.before(t, i) != null
                    && i + 1 < n && t.get(i + 1).isNoun() && !isMonth(i + 1);
        }

        private boolean isHyphenCompound(int last) {
            return last + 2 < n && isDash(t.get(last + 1)) && adjacent(last, last + 1) && adjacent(last + 1, last + 2)
                    && Character.isLetter(t.get(last + 2).text().charAt(0))
                    && !numbers.isNumberWord(t.get(last + 2).text());
        }

        // ---- token tests ----

        private boolean isMonth(int i) {
            Token token = t.get(i);
            return token.isCapitalised() && words.months.contains(token.text());
        }

        private boolean isNumberToken(int i) {
            return startsWithDigit(t.get(i)) || numbers.isNumberWord(t.get(i).text());
        }

        private boolean adjacent(int a, int b) {
            return t.get(a).end() == t.get(b).start();
        }

        private boolean is(int i, String word) {
            return t.get(i).text().equalsIgnoreCase(word);
        }
    }

    private static boolean startsWithDigit(Token token) {
        String s = token.text();
        return !s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9';
    }

    private static boolean isDash(Token token) {
        String s = token.text();
        return s.length() == 1 && (s.charAt(0) == '-' || s.charAt(0) == '\u2013' || s.charAt(0) == '\u2014');
    }

    @Override
    public Class<QuantityMention> finds() {
        return QuantityMention.class;
    }

    /** Number words and scales ("forty", "dozens", "million"); digits are anchors to the analyser anyway. */
    @Override
    public Set<String> anchorWords() {
        return words.anchorWords;
    }
}
