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
        /** The currency an ISO code before the number names ("USD 5 million"), while that number is read. */
        private String currency;
        /** The last token of the latest quantity added, or -2. */
        private int addedLast = -2;
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
            String code = currencyCode(i);
            if (code != null) {
                currency = code;
                try {
                    return read(i + 1, i);
                } finally {
                    currency = null;
                }
            }
            return read(i, i);
        }

        /** Reads the number starting at token i, whose span starts at token {@code spanStart} ("USD 5 million"). */
        private int read(int i, int spanStart) {
            int phone = currency == null ? phoneNumberEnd(i) : -1;
            if (phone >= 0) {
                return phone + 1; // "0800 555 111", "800-800-3855": a number to dial, no amount
            }
            if (currency == null && startsWithDigit(t.get(i))) {
                Tally tally = Tally.at(text, t, i);
                if (tally != null) {
                    int next = tally(i, tally);
                    if (next >= 0) {
                        return next;
                    }
                }
            }
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
                gluedUnit(i);
                return i + 1;
            }
            if (isDate(i, last, base)) {
                dateEnd = last;
                return last + 1;
            }
            if (isClockTime(i, last) || isLabel(i) || isNamesNumber(i, last)) {
                return last + 1;
            }
            if (isHyphenCompound(last)) {
                return compound(i, last, base);
            }
            if (startsWithDigit(t.get(i)) && isJoinedCompound(last)) {
                return joinedCompound(i, last, base);
            }
            emit(i, last, base, spanStart);
            return last + 1;
        }

        private void emit(int first, int last, Quantity base, int spanStart) {
            Bounds.Match before = bounds.before(t, spanStart);
            Bounds.Match after = bounds.after(t, last + 1); // "100 or more people"
            int from = after != null ? after.last() + 1 : last + 1;
            CountedNoun counted = counted(first, from, last, base);
            if (after == null) {
                after = bounds.after(t, counted.last() + 1); // "100 Israelis and others"
            }
            if (counted.head() != null && words.timeUnits.contains(counted.head())) {
                if (!Ages.isOld(t, counted.last() + 1, words.ageEnds)) {
                    return; // a duration
                }
                counted = Ages.counted(counted.head(), counted.last() + 1); // "30 years old"
            } else if (counted.head() == null && before == null && after == null
                    && (Ages.isApposed(t, first, last, base, words.months)
                    || Ages.followsAgeWord(t, first, words.ageLeads))) {
                counted = Ages.counted(words.yearWord, last); // "Comeaux, 49,", "aged 45"
            } else if (counted.head() == null && before == null && after == null
                    && Ages.isPredicated(t, first, last, base, words)) {
                counted = Ages.counted(words.yearWord, last); // "She was 85.", "dies at 91"
            }
            Bounds.Match bound = before != null ? before : after;
            Quantity value = bound == null ? base : Bounds.apply(base, bound.precision());
            int spanFirst = before != null ? before.first() : spanStart;
            int spanLast = after != null && before == null ? Math.max(last, after.last()) : last;
            if (!Ages.isAge(counted.head()) // "at the age of 91" is an age, not a value of "age"
                    && (counted.head() == null || CountContext.completesNoun(t, spanFirst, counted))) {
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
            String currency = this.currency != null ? this.currency : words.currencies.get(t.get(first).text());
            if (currency == null) {
                currency = signedAmount(t.get(first)); // "€3" is one token
            }
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
                if (end + 2 < n && isDash(t.get(end + 1)) && Ages.isOld(t, end + 2, words.ageEnds)) {
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

        /**
         * A pair at token i: a tally or score ("passed 219-212", "a 5-4 decision", "by a vote of 5 to 4"), not
         * a range ("30-40 people": a counted noun after two ascending numbers). Returns the index to go on
         * from, or -1 to read the numbers as usual.
         */
        private int tally(int i, Tally tally) {
            int last = tally.last();
            if (bounds.before(t, i) != null || (i > 0 && (is(i - 1, "between") || is(i - 1, "from")))
                    || (i > 0 && isMonth(i - 1)) || (last + 1 < n && isMonth(last + 1)) || isLabel(i)) {
                return -1; // a range, a date ("November 24-25"), a name ("Route 9-11")
            }
            CountedNoun after = CountedNoun.find(words, t, last + 1, false, true);
            if (after.head() != null
                    && (words.timeUnits.contains(after.head()) || tally.first() < tally.second())) {
                return -1; // "2-3 weeks", "30-40 people": a range
            }
            // "a 5-4 decision", "won 27-24", "(10-5)": one unit, whatever noun follows, so that they align
            int verbFrom = i;
            if (i >= 2 && is(i - 1, "of") && t.get(i - 2).isNoun()) {
                verbFrom = nounPhraseStart(i - 2); // "by a vote of 5 to 4", governed by "ruled"
            }
            CountedNoun counted = new CountedNoun(words.tallyUnit, List.of(), List.of(), -1, last, false);
            Quantity value = Quantity.pair(tally.first(), tally.second());
            add(i, last, value, counted, GoverningVerb.find(t, verbFrom, counted, words), false);
            return last + 1;
        }

        /** "10km", "512MHz": a number and a unit of measure written as one word. */
        private void gluedUnit(int i) {
            String word = t.get(i).text();
            int k = 0;
            while (k < word.length() && (Character.isDigit(word.charAt(k)) || word.charAt(k) == '.'
                    || word.charAt(k) == ',')) {
                k++;
            }
            if (k == 0 || k == word.length() || !words.isUnit(word.substring(k))) {
                return;
            }
            Optional<Quantity> value = numbers.parse(word.substring(0, k));
            if (value.isPresent()) {
                String unit = word.substring(k);
                add(i, i, value.get(), new CountedNoun(unit, List.of(), List.of(), -1, i, false),
                        GoverningVerb.find(t, i, CountedNoun.none(i), words), false);
            }
        }

        /** The first token of the noun phrase ending at {@code noun}: over determiners and adjectives. */
        private int nounPhraseStart(int noun) {
            int k = noun;
            while (k > 0 && ("DET".equals(t.get(k - 1).upos()) || "ADJ".equals(t.get(k - 1).upos()))) {
                k--;
            }
            return k;
        }

        /** "USD 5 million": an ISO code in capitals before a number, outside a run of capitals (a headline). */
        private String currencyCode(int i) {
            String noun = words.currencyCodes.get(t.get(i).text());
            if (noun == null || i + 1 >= n || !startsWithDigit(t.get(i + 1))) {
                return null;
            }
            boolean shouting = (i > 0 && isCapitals(t.get(i - 1))) || (i + 2 < n && isCapitals(t.get(i + 2)));
            return shouting ? null : noun;
        }

        private void add(int firstToken, int lastToken, Quantity value, CountedNoun counted, String verb,
                         boolean partitive) {
            if (firstToken >= 2 && is(firstToken - 1, "(") && addedLast == firstToken - 2) {
                return; // "$US1 million ($1.52 million)", "10 miles (16 km)": the same amount, converted
            }
            addedLast = Math.max(lastToken, counted.last());
            int start = t.get(firstToken).start();
            int end = t.get(lastToken).end();
            String head = words.unitOf(counted.head(), counted.modifiers());
            if (!counted.modifiers().isEmpty() && words.isUnit(counted.modifiers().get(0))) {
                head = words.unitOf(counted.modifiers().get(0), List.of()); // "72 km southeast", "a 10 km race"
            }
            int per = counted.last() + 1;
            if (head != null && per + 1 < n && is(per, "per") && t.get(per + 1).isNoun()) {
                head = words.rate(head, t.get(per + 1).lemma()); // "500 miles per hour", "$5 per share"
            }
            String holder = Holder.of(t, firstToken, counted, verb, Ages.isAge(head), words.ageLeads);
            if (value.isPair() && firstToken >= 2 && is(firstToken - 1, "(") && t.get(firstToken - 2).isNoun()) {
                head = words.asideTally; // "the Chiefs (2-13)": a record beside a name, not the clause's score
            }
            boolean pronoun = holder != null && words.personPronouns.contains(holder); // "He was 77."
            if (holder != null && words.subjectPronouns.contains(holder)) {
                holder = null; // "I was nine.": nobody the claims can name
            }
            out.add(new QuantityMention(start, end, text.substring(start, end), sentence.index(), value,
                    head, verb, counted.modifiers(), counted.alsoCounts(), holder, partitive,
                    pronoun));
        }

        // ---- where a number starts and ends ----

        /** What a token written as a sign and digits counts ("€3": euros), or null for any other token. */
        private String signedAmount(Token token) {
            String s = token.text();
            int k = 0;
            while (k < s.length() && !Character.isDigit(s.charAt(k))) {
                k++;
            }
            return k > 0 && k < s.length() ? words.currencies.get(s.substring(0, k)) : null;
        }

        private boolean startsNumber(int i) {
            Token token = t.get(i);
            String s = token.text();
            if (!words.mayStartNumber(token)) {
                return false; // most words: none of the cases below
            }
            if (startsWithDigit(token) || signedAmount(token) != null) {
                return true;
            }
            if (words.currencies.containsKey(s)) {
                return i + 1 < n && (startsWithDigit(t.get(i + 1)) || countryThenDigits(t.get(i + 1).text()))
                        && adjacent(i, i + 1);
            }
            if (words.currencyCodes.containsKey(s)) {
                return currencyCode(i) != null;
            }
            if (numbers.isNumberWord(token)) {
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
                } else if (numbers.isSuffix(s) && adjacent(j, j + 1)
                        && (startsWithDigit(t.get(j)) || signedAmount(t.get(j)) != null)) {
                    j++; // "3bn" is tokenised "3" "bn"
                } else if ((isDash(next) || (s.equalsIgnoreCase("to") && !afterFrom) || s.equalsIgnoreCase("and"))
                        && j + 2 < n && isNumberToken(j + 2)) {
                    j += 2;
                } else if (s.equalsIgnoreCase("of") && (is(j, "tens") || is(j, "hundreds")) && j + 2 < n
                        && numbers.isNumberWord(t.get(j + 2))) {
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

        /**
         * A number in digits that ends a name: right after a capitalised proper noun, and followed by a word in
         * lower case or by punctuation, as a name's number is in running text ("BlackBerry Curve 8900 features",
         * "Internet Explorer 8 and", "the Lower 48."): a model, a version, a region, not a count. A month's day
         * ("June 17,") is a date's; a headline's count is followed by a capitalised word ("Gunman Kills 3 At").
         */
        private boolean isNamesNumber(int first, int last) {
            if (first < 1 || last + 1 >= n || !startsWithDigit(t.get(first))) {
                return false;
            }
            Token before = t.get(first - 1);
            if (!"PROPN".equals(before.upos()) || !before.isCapitalised() || isMonth(first - 1)) {
                return false;
            }
            Token after = t.get(last + 1);
            return "PUNCT".equals(after.upos()) || Character.isLowerCase(after.text().charAt(0));
        }

        /**
         * The last token of a telephone number starting at token {@code i}, or -1: groups of digits alone,
         * three or more joined by spaces or hyphens ("0845 125 2222", "800-800-3855"), or two of which the first
         * starts with a zero ("0800 555111"); an amount neither starts with a zero nor runs on in bare groups.
         */
        private int phoneNumberEnd(int i) {
            int groups = digitGroups(t.get(i));
            if (groups == 0) {
                return -1;
            }
            int last = i;
            while (true) {
                int next = last + 1;
                boolean joined = t.get(last).text().endsWith("-"); // "800-800-" "3855", as the tokenizer splits it
                boolean glued = next < n && adjacent(last, next);
                if (!joined && glued && next + 1 < n && isDash(t.get(next)) && adjacent(next, next + 1)) {
                    next++; // "800" "-" "3855"
                    joined = true;
                }
                if (next >= n || glued != joined || digitGroups(t.get(next)) == 0) {
                    break; // "12-gauge", "3855." stop at what is glued on
                }
                groups += digitGroups(t.get(next));
                last = next;
            }
            boolean leadingZero = t.get(i).text().charAt(0) == '0';
            return groups >= 3 || groups == 2 && leadingZero ? last : -1;
        }

        /** How many groups of digits a token is, joined by hyphens ("800-800" is two); 0 for any other token. */
        private static int digitGroups(Token token) {
            String s = token.text();
            int groups = 1;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '-' && k > 0 && s.charAt(k - 1) != '-') {
                    groups += k + 1 < s.length() ? 1 : 0;
                } else if (c < '0' || c > '9') {
                    return 0;
                }
            }
            return s.isEmpty() ? 0 : groups;
        }

        /** A bare year-like number is a count when bounded and followed by a noun: "more than 2000 people". */
        private boolean countedYear(int i) {
            return NumberParser.isYearLike(t.get(i).text()) && bounds.before(t, i) != null
                    && i + 1 < n && t.get(i + 1).isNoun() && !isMonth(i + 1);
        }

        /**
         * "6.1-magnitude", "3.2-megapixel": the tokenizer keeps the hyphen with the word after a decimal number
         * ("6.1", "-magnitude"); the word is the unit, as in "15-inch". Digits only: after a number word the
         * compound is read as written ("three-point plays" counts plays).
         */
        private boolean isJoinedCompound(int last) {
            if (last + 1 >= n || !adjacent(last, last + 1)) {
                return false;
            }
            String next = t.get(last + 1).text();
            return next.length() > 2 && (next.charAt(0) == '-' || next.charAt(0) == '\u2010')
                    && Character.isLetter(next.charAt(1)) && next.chars().skip(1).allMatch(Character::isLetter)
                    && !numbers.isNumberWord(next.substring(1));
        }

        private int joinedCompound(int first, int last, Quantity base) {
            String unit = t.get(last + 1).text().substring(1).toLowerCase(java.util.Locale.ROOT);
            if (words.timeUnits.contains(unit)) {
                return last + 2; // "2.5-year": a duration
            }
            Bounds.Match before = bounds.before(t, first);
            Quantity value = before == null ? base : Bounds.apply(base, before.precision());
            int spanFirst = before != null ? before.first() : first;
            CountedNoun counted = new CountedNoun(unit, List.of(), List.of(), last + 1, last + 1, false);
            add(spanFirst, last + 1, value, counted, GoverningVerb.find(t, spanFirst, counted, words), false);
            antecedent = null;
            return last + 2;
        }

        private boolean isHyphenCompound(int last) {
            return last + 2 < n && isDash(t.get(last + 1)) && adjacent(last, last + 1) && adjacent(last + 1, last + 2)
                    && Character.isLetter(t.get(last + 2).text().charAt(0))
                    && !numbers.isNumberWord(t.get(last + 2));
        }

        // ---- token tests ----

        private boolean isMonth(int i) {
            Token token = t.get(i);
            return token.isCapitalised() && words.months.contains(token.word().lowerCase());
        }

        private boolean isNumberToken(int i) {
            return startsWithDigit(t.get(i)) || numbers.isNumberWord(t.get(i));
        }

        private boolean adjacent(int a, int b) {
            return t.get(a).end() == t.get(b).start();
        }

        private boolean is(int i, String word) {
            return t.get(i).text().equalsIgnoreCase(word);
        }
    }

    /** A word in capitals of two letters or more: "USD 5 MILLION" is a headline, where codes are not read. */
    private static boolean isCapitals(Token token) {
        String s = token.text();
        if (s.length() < 2) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithDigit(Token token) {
        String s = token.text();
        return !s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9';
    }

    /** "US1" of "$US1 million": a country's capitals, then the amount. */
    private static boolean countryThenDigits(String s) {
        int k = 0;
        while (k < s.length() && k < 3 && Character.isUpperCase(s.charAt(k))) {
            k++;
        }
        return k > 0 && k < s.length() && Character.isDigit(s.charAt(k));
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
