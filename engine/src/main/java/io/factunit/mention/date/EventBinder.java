package io.factunit.mention.date;

import io.factunit.analysis.Lemmatizer;
import io.factunit.analysis.Token;
import io.factunit.analysis.Word;
import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Binds a date to its event ({@link DateEvent}) without a parser, from the clause's tokens, parts of speech and
 * lemmas:
 * <ul>
 *   <li>the role comes from the preposition before the date ({@code date-role.txt}): "from 1967" starts the
 *       event, "to 1979" ends it, "by March" or "after 2010" only bounds it and binds nothing;</li>
 *   <li>a date that modifies a noun ("the September 11 attacks", "this year's show", "Lohan's March 2 hearing")
 *       is the date of that noun, and so is a date after a noun inside a phrase that itself places something in
 *       time ("after the conviction in 1997");</li>
 *   <li>otherwise the predicate is the nearest verb before the date in its clause (or, for a date that opens the
 *       sentence, the first verb after it), the object the head of the first noun phrase after that verb, and
 *       the holder the head of its subject: past auxiliaries, adverbs, an appositive between commas, a relative
 *       pronoun (to the noun it follows) and a coordination (to the first verb's subject).</li>
 * </ul>
 * A negated verb is an event of its own ("has not had a government since 1991"). No event is bound when the
 * verb reports a statement on a day the words leave relative ("said on Friday": outlets report the latest of
 * several statements as a story moves on; "said in 1998" is bound), or when the verb opens its sentence with no
 * subject ("Published August 2, 2013", "Last updated at 11:11 GMT"): a byline dates no event.
 */
final class EventBinder {
    /** How many tokens a verb, subject or object is looked for across. */
    private static final int REACH = 16;
    private static final Lemmatizer LEMMATIZER = new Lemmatizer();

    private final WordTable roles;
    private final int longestRole;
    /** The last words of the role phrases: a date after any other word has no role phrase before it. */
    private final Set<String> roleEnds;
    private final Set<String> reportingVerbs = new HashSet<>();
    private final Set<String> pronouns;
    private final Set<String> timePrepositions;
    /** Primary auxiliaries by lemma to what they make of their verb: {@code primary-auxiliary.txt}. */
    private final WordTable primaryAuxiliaries;
    private final WordTable negations;

    EventBinder(Language language) {
        this.roles = language.words(WordList.DATE_ROLE);
        this.longestRole = roles.words().stream().mapToInt(w -> w.split(" ").length).max().orElse(1);
        this.roleEnds = roles.words().stream().map(w -> w.substring(w.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        reportingVerbs.addAll(language.words(WordList.REPORTING_VERB).words());
        reportingVerbs.addAll(language.words(WordList.SPEECH_VERB).words());
        this.pronouns = language.words(WordList.SUBJECT_PRONOUN).words();
        this.timePrepositions = Set.copyOf(roles.words(row -> row.column(1).equals("EVENT")));
        this.primaryAuxiliaries = language.words(WordList.PRIMARY_AUXILIARY);
        this.negations = language.words(WordList.NEGATION);
    }

    /**
     * The event of the date spanning tokens [first, last] of a clause, or null when it is bound to none.
     *
     * @param range    true for a stated range ("November 24 to December 1"), whose role is {@link DateEvent.Role#SPAN}
     * @param absolute true when the date states its year, and so does not depend on the publication date
     * @param now      true for the time of writing ("today", "this week"), which a verb in the present tense
     *                 ("are shipping today") describes a state at rather than dates an event by
     */
    DateEvent bind(List<Token> tokens, int first, int last, boolean range, boolean absolute, boolean now) {
        int lead = roleWords(tokens, first);
        DateEvent.Role role = DateEvent.Role.AT;
        if (lead > 0) {
            String named = roles.value(phrase(tokens, first - lead, first));
            if (named.equals("BOUND")) {
                return null;
            }
            role = DateEvent.Role.valueOf(named);
        }
        if (range) {
            role = DateEvent.Role.SPAN;
        }
        int before = first - Math.max(lead, preposition(tokens, first) ? 1 : 0); // the first token before the phrase
        DateEvent nominal = modifiedNoun(tokens, first, last, role);
        if (nominal == null) {
            nominal = nounBefore(tokens, before, role);
        }
        if (nominal != null) {
            return nominal;
        }
        int verb = verbBefore(tokens, before - 1);
        boolean fronted = verb < 0;
        if (fronted) {
            verb = verbAfter(tokens, last + 1);
        }
        if (verb < 0) {
            verb = nounReadAsVerb(tokens, before - 1);
            fronted = false;
        }
        if (verb < 0 && before >= 2 && isAside(tokens.get(before - 1))) {
            // "the burglars were arrested, on June 17, 1972.", "brought online last night [10 October 2011]": an
            // afterthought or a gloss dates the clause before it
            verb = verbBefore(tokens, before - 2);
            fronted = false;
        }
        if (verb < 0) {
            return null;
        }
        Token v = tokens.get(verb);
        String lemma = predicateLemma(v);
        if (reportingVerbs.contains(lemma) && !absolute) {
            return null;
        }
        String particle = particle(tokens, verb, fronted ? tokens.size() : before);
        String object = fronted ? object(tokens, verb + 1, Math.min(tokens.size(), verb + 1 + REACH))
                : object(tokens, verb + 1, before);
        if (object != null && namesAfterPassive(tokens, verb, object)) {
            object = null; // "was born Betty Mae Page": the name given, no object
        }
        Subject subject = subject(tokens, verb, before, last, 0);
        if (!subject.found() && opensSentence(tokens, verb, before, last)) {
            // "Born in the Bronx in 1928, ..., Gigante became": the main clause's subject; a byline has none
            // ("Published August 2, 2013", "21 July 2013 Last updated at 11:11 GMT")
            subject = mainClauseSubject(tokens, verb);
            if (!subject.found()) {
                return null;
            }
        }
        DateEvent.VerbTense tense = tense(tokens, verb);
        if (now && tense == DateEvent.VerbTense.PRESENT) {
            return null;
        }
        return new DateEvent(lemma, particle, object, subject.head(), role, false, tense, negated(tokens, verb));
    }

    // ---- the role

    /** How many words before the date make a phrase of the role table ("ahead of": 2), or 0. */
    private int roleWords(List<Token> tokens, int first) {
        if (first == 0 || !roleEnds.contains(tokens.get(first - 1).word().lowerCase())) {
            return 0;
        }
        for (int words = Math.min(longestRole, first); words >= 1; words--) {
            if (roles.contains(phrase(tokens, first - words, first))) {
                return words;
            }
        }
        return 0;
    }

    private static String phrase(List<Token> tokens, int from, int to) {
        StringBuilder phrase = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                phrase.append(' ');
            }
            phrase.append(tokens.get(i).word().lowerCase());
        }
        return phrase.toString();
    }

    private static boolean preposition(List<Token> tokens, int first) {
        return first > 0 && "ADP".equals(tokens.get(first - 1).upos());
    }

    // ---- dates of nouns

    /** "the September 11 attacks", "this year's show", "Lohan's March 2 hearing": the noun the date modifies. */
    private DateEvent modifiedNoun(List<Token> tokens, int first, int last, DateEvent.Role role) {
        int next = last + 1;
        boolean possessive = next < tokens.size() && isPossessive(tokens.get(next));
        if (possessive) {
            next++;
        }
        boolean determined = possessive || is(tokens.get(first), "DET") || first > 0 && (is(tokens.get(first - 1), "DET")
                || isPossessive(tokens.get(first - 1)) || isPossessivePronoun(tokens.get(first - 1)));
        if (!determined) {
            return null;
        }
        int head = -1;
        for (int i = next; i < tokens.size() && i < next + 4; i++) {
            Token t = tokens.get(i);
            if (is(t, "NOUN")) {
                head = i;
            } else if (!is(t, "ADJ") && !is(t, "PROPN")) {
                break;
            }
        }
        if (head < 0) {
            return null;
        }
        return new DateEvent(tokens.get(head).lemma(), null, null, possessor(tokens, first - 1), role, true, null,
                false);
    }

    /**
     * "after the conviction in 1997", "during Lohan's stay at the Betty Ford Center in 2010": a date right after
     * a noun phrase, or a chain of them joined by prepositions, that a preposition placing something in time
     * opens dates the noun that preposition governs, not the clause's verb.
     */
    private DateEvent nounBefore(List<Token> tokens, int before, DateEvent.Role role) {
        if (before >= tokens.size() || !is(tokens.get(before), "ADP")) {
            return null;
        }
        int end = before - 1;
        for (int hops = 0; hops < 3; hops++) {
            if (end < 0 || !tokens.get(end).isNoun()) {
                return null;
            }
            int start = phraseStart(tokens, end);
            if (start == 0) {
                return null;
            }
            Token opening = tokens.get(start - 1);
            if (timePrepositions.contains(opening.text().toLowerCase(Locale.ROOT))
                    || start >= 2 && timePrepositions.contains(phrase(tokens, start - 2, start))) {
                return new DateEvent(tokens.get(end).lemma(), null, null, possessorIn(tokens, start, end), role, true,
                        null, false);
            }
            if (!is(opening, "ADP")) {
                return null;
            }
            end = start - 2;
        }
        return null;
    }

    /** "Lohan" in "Lohan's stay": a noun before a possessive mark inside [start, end]. */
    private static String possessorIn(List<Token> tokens, int start, int end) {
        for (int i = start + 1; i <= end; i++) {
            if (isPossessive(tokens.get(i)) && tokens.get(i - 1).isNoun()) {
                return tokens.get(i - 1).lemma();
            }
        }
        return null;
    }

    /** The first token of the noun phrase ending at {@code end}: determiners, numbers, adjectives, nouns. */
    private int phraseStart(List<Token> tokens, int end) {
        int i = end;
        while (i > 0 && end - i < REACH) {
            Token t = tokens.get(i - 1);
            if (is(t, "NOUN") || is(t, "PROPN") || is(t, "ADJ") || is(t, "NUM") || is(t, "DET")
                    || isPossessive(t) || isPossessivePronoun(t)
                    || is(t, "VERB") && i >= 2 && is(tokens.get(i - 2), "DET")) { // "the famed Betty Ford Center"
                i--;
            } else {
                break;
            }
        }
        return i;
    }

    /** "Lohan" in "Lohan's 2007 arrest"; null for "his 2007 arrest" or none. */
    private static String possessor(List<Token> tokens, int at) {
        if (at >= 1 && at < tokens.size() && isPossessive(tokens.get(at)) && tokens.get(at - 1).isNoun()) {
            return tokens.get(at - 1).lemma();
        }
        return null;
    }

    // ---- the verb

    /**
     * The nearest verb left of {@code from} in its clause: crossing nouns, prepositions and adverbs, not
     * punctuation (save quotes), subordinators, relative pronouns or a conjunction joining clauses. An auxiliary
     * met first is the clause's copula ("Lohan was at Betty Ford from September 2010"). -1 when there is none.
     */
    private int verbBefore(List<Token> tokens, int from) {
        for (int i = from; i >= 0 && from - i < REACH; i--) {
            Token t = tokens.get(i);
            if (isQuote(t)) {
                continue;
            }
            switch (t.upos()) {
                case "VERB":
                    if (i > 0 && is(tokens.get(i - 1), "DET") || inNounPhrase(tokens, i)) {
                        continue; // "the proposed plan", "his next court hearing": a participle in a noun phrase
                    }
                    return i;
                case "AUX":
                    // a modal heads its verb's chain; one that no verb follows is a verb the tagger misread
                    // ("held without bond pending his next hearing")
                    return isModal(t) && isVerbAhead(tokens, i + 1) ? -1 : i;
                case "NOUN", "PROPN":
                    if (isParticiple(tokens, i)) {
                        return i; // "that had stood since 1999", "Born on April 22, 1923": tagged as a noun
                    }
                    break;
                case "ADJ":
                    if (i > 0 && is(tokens.get(i - 1), "AUX") && t.text().endsWith("ed")) {
                        return i; // "was twice delayed", tagged as an adjective
                    }
                    break;
                case "SCONJ", "INTJ", "X":
                    return -1;
                case "PUNCT", "SYM":
                    if (isBoundary(t) && !joinsNames(tokens, i) && !endsAbbreviation(tokens, i)) {
                        return -1;
                    }
                    break;
                case "PRON":
                    if (isRelative(tokens, i)) {
                        return -1;
                    }
                    break;
                case "CCONJ":
                    if (i > 0 && !joinsNounPhrases(tokens.get(i - 1))) {
                        return -1;
                    }
                    break;
                default:
                    break;
            }
        }
        return -1;
    }

    /**
     * "his next court hearing", "the growing crisis": an -ing form after the adjectives and nouns of a phrase a
     * determiner or possessive opens. The tagger reads such words either way, depending on the words around.
     */
    private boolean inNounPhrase(List<Token> tokens, int i) {
        if (!tokens.get(i).text().endsWith("ing")) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && i - j < REACH && (is(tokens.get(j), "ADJ") || is(tokens.get(j), "NOUN")
                || is(tokens.get(j), "NUM"))) {
            j--;
        }
        return j < i - 1 && j >= 0 && (is(tokens.get(j), "DET") || isPossessive(tokens.get(j))
                || isPossessivePronoun(tokens.get(j)));
    }

    /**
     * A past participle the tagger read as a noun: right after have or be ("had stood"), or opening the sentence
     * before a preposition ("Born on April 22, 1923, ...").
     */
    private boolean isParticiple(List<Token> tokens, int i) {
        if (!LEMMATIZER.canBePast(tokens.get(i).word())) {
            return false;
        }
        if (i == 0) {
            return tokens.size() > 1 && is(tokens.get(1), "ADP");
        }
        Token before = tokens.get(i - 1);
        String lemma = LEMMATIZER.lemma(before.word(), "VERB");
        String made = primaryAuxiliaries.value(lemma);
        return (is(before, "AUX") || is(before, "VERB")) && ("PERFECT".equals(made) || "PASSIVE".equals(made));
    }

    /**
     * A clause with no verb at all, where the tagger read one as a noun: "his term ends/NOUN in 2019". The last
     * noun before the date that the dictionary knows as a verb in the third person or past, right after a noun
     * (its subject); -1 when there is none.
     */
    private int nounReadAsVerb(List<Token> tokens, int from) {
        for (int i = from; i > 0 && from - i < REACH; i--) {
            Token t = tokens.get(i);
            if (isBoundary(t) || t.isVerb() || is(t, "SCONJ")) {
                return -1;
            }
            if (is(t, "NOUN") && tokens.get(i - 1).isNoun() && LEMMATIZER.canBeFiniteVerb(t.word())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "In 2010, Smith was elected", "On Tuesday police arrested a man": the first verb after a date that opens
     * its clause, over the subject and a relative clause or appositive set off by commas.
     */
    private int verbAfter(List<Token> tokens, int from) {
        boolean aside = false;
        for (int i = from; i < tokens.size() && i - from < REACH; i++) {
            Token t = tokens.get(i);
            if (i == from && is(t, "SCONJ")) {
                continue; // "it wasn't until 1997 that a jury agreed", "in 2010, when he was elected"
            }
            if (",".equals(t.text())) {
                // a comma right after the date ends the opening phrase; a later one opens or closes an aside
                if (i > from && i + 1 < tokens.size() && (aside || isRelative(tokens, i + 1) || is(tokens.get(i + 1), "NUM")
                        || is(tokens.get(i + 1), "DET"))) {
                    aside = !aside;
                }
                continue;
            }
            if (aside || isQuote(t)) {
                continue;
            }
            switch (t.upos()) {
                case "VERB":
                    return i;
                case "AUX":
                    if (!isModal(t) && (i + 1 >= tokens.size() || !isVerbAhead(tokens, i + 1))) {
                        return i;
                    }
                    break;
                case "SCONJ":
                    return -1;
                case "PUNCT":
                    if (isBoundary(t)) {
                        return -1;
                    }
                    break;
                case "ADP":
                    if (i + 1 < tokens.size() && is(tokens.get(i + 1), "VERB")) {
                        return -1; // "late Thursday, after hiring a lawyer": a clause of its own
                    }
                    break;
                default:
                    break;
            }
        }
        return -1;
    }

    /** Whether a verb follows within the auxiliary chain ("has been elected", "will not be"). */
    private static boolean isVerbAhead(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size() && i < from + 4; i++) {
            Token t = tokens.get(i);
            if (is(t, "VERB") || is(t, "AUX") || is(t, "ADJ") && t.text().endsWith("ed")) {
                return true;
            }
            if (!is(t, "ADV") && !is(t, "PART")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "into" in "checked into the Betty Ford Center", "out" in "checked out of": a preposition right after the
     * verb (over adverbs), before the date's own, is part of the predicate, as "check into" and "check out" are
     * different events.
     */
    private static String particle(List<Token> tokens, int verb, int limit) {
        for (int i = verb + 1; i < limit && i < tokens.size() && i <= verb + REACH; i++) {
            Token t = tokens.get(i);
            if (is(t, "ADP")) {
                // a preposition before a noun phrase or another preposition ("out of"); "than" in "killed more
                // than 1000 people" opens none
                Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                boolean opensPhrase = i + 1 >= limit || next != null && (next.isNoun() || is(next, "DET")
                        || is(next, "PRON") || is(next, "ADJ") || is(next, "ADP"));
                return opensPhrase ? t.text().toLowerCase(Locale.ROOT) : null;
            }
            if (!is(t, "ADV")) {
                return null;
            }
        }
        return null;
    }

    private static String predicateLemma(Token verb) {
        return verb.isVerb() ? verb.lemma() : LEMMATIZER.lemma(verb.word(), "VERB");
    }

    /**
     * Whether nothing but the date, adverbs, adjectives and punctuation stands before a verb that has no subject:
     * a byline ("Published: July 29, 2004").
     */
    private static boolean opensSentence(List<Token> tokens, int verb, int dateFrom, int dateTo) {
        if (verb > 2 * REACH) {
            return false;
        }
        for (int i = 0; i < verb; i++) {
            Token t = tokens.get(i);
            if (!(i >= dateFrom && i <= dateTo || is(t, "ADV") || is(t, "ADJ") || is(t, "PUNCT") || is(t, "NUM"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject of the main clause after an opening participle phrase: the first noun phrase after one of its
     * commas that a verb follows ("Born in 1928, one of five sons, Gigante became" → gigante).
     */
    private Subject mainClauseSubject(List<Token> tokens, int verb) {
        for (int i = verb + 1; i < tokens.size() && i <= verb + 2 * REACH; i++) {
            if (!",".equals(tokens.get(i).text())) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && j <= i + REACH && (is(tokens.get(j), "DET") || is(tokens.get(j), "ADJ"))) {
                j++;
            }
            int head = -1;
            while (j < tokens.size() && j <= i + REACH && tokens.get(j).isNoun()) {
                head = j++;
            }
            if (head >= 0 && j < tokens.size() && (is(tokens.get(j), "VERB") || is(tokens.get(j), "AUX")
                    || is(tokens.get(j), "ADJ") && tokens.get(j).text().endsWith("ed"))) {
                return Subject.of(tokens.get(head).lemma());
            }
        }
        return Subject.NONE;
    }

    /** "was not elected", "never hosted": the auxiliary chain before the verb holds a negation. */
    private boolean negated(List<Token> tokens, int verb) {
        int next = verb + 1;
        while (next < tokens.size() && next <= verb + 4 && is(tokens.get(next), "ADV")) {
            next++;
        }
        if (next < tokens.size() && is(tokens.get(next), "DET") && tokens.get(next).text().equalsIgnoreCase("no")) {
            return true; // "has had no government since 1991"
        }
        for (int i = verb - 1; i >= 0 && verb - i <= 4; i--) {
            Token t = tokens.get(i);
            if (isNegation(t)) {
                return true;
            }
            if (!is(t, "AUX") && !is(t, "ADV") && !is(t, "PART")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The verb's tense: FUTURE for a modal or an infinitive ("will host", "would host", "to host"); otherwise
     * the first auxiliary's form, or the verb's own when it has none: a past form or a perfect ("hosted", "was
     * found", "has hosted") is PAST, anything else ("hosts", "is set for", "is hosting") PRESENT.
     */
    private DateEvent.VerbTense tense(List<Token> tokens, int verb) {
        Token finite = tokens.get(verb);
        for (int i = verb - 1; i >= 0 && verb - i <= 5; i--) {
            Token t = tokens.get(i);
            if (is(t, "PART") && t.text().equalsIgnoreCase("to") || is(t, "AUX") && isModal(t)) {
                return DateEvent.VerbTense.FUTURE;
            }
            if (is(t, "AUX")) {
                finite = t;
            } else if (!is(t, "ADV") && !is(t, "PART")) {
                break;
            }
        }
        boolean past = LEMMATIZER.canBePast(finite.word())
                || finite != tokens.get(verb) && "PERFECT".equals(primaryAuxiliaries.value(finite.lemma()));
        return past ? DateEvent.VerbTense.PAST : DateEvent.VerbTense.PRESENT;
    }

    // ---- object and subject

    /** A verb's subject: the lemma of its head noun, a pronoun (no holder), or none found. */
    private record Subject(boolean found, String head) {
        static final Subject NONE = new Subject(false, null);
        static final Subject PRONOUN = new Subject(true, null);

        static Subject of(String head) {
            return head == null ? NONE : new Subject(true, head);
        }
    }

    /**
     * Whether the noun after a verb is a name a passive verb gives its subject, not an object: "She was born
     * Betty Mae Page", "was named John" (a form of "be" right before the verb, over adverbs; a capitalised
     * proper noun right after it). A passive verb's object has become its subject.
     */
    private boolean namesAfterPassive(List<Token> tokens, int verb, String object) {
        int i = verb - 1;
        while (i >= 0 && is(tokens.get(i), "ADV")) {
            i--;
        }
        if (i < 0 || !is(tokens.get(i), "AUX") || !"PASSIVE".equals(primaryAuxiliaries.value(tokens.get(i).lemma()))
                || tokens.get(verb).text().endsWith("ing")) {
            return false;
        }
        if (verb + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(verb + 1); // right after the verb: "elected to the Senate" has an object
        return is(next, "PROPN") && next.isCapitalised() && namesRun(tokens, verb + 1, object);
    }

    /**
     * Whether the run of capitalised nouns from {@code from} ends in the noun {@code object} (the tagger may read
     * a name's last word as a common noun: "Betty Mae Page").
     */
    private static boolean namesRun(List<Token> tokens, int from, String object) {
        int k = from;
        while (k + 1 < tokens.size() && tokens.get(k + 1).isNoun() && tokens.get(k + 1).isCapitalised()) {
            k++;
        }
        return tokens.get(k).lemma().equals(object);
    }

    /** The head of the first noun phrase in [from, to): "oscars" in "hosted the 79th Academy Awards". */
    private String object(List<Token> tokens, int from, int to) {
        int head = -1;
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isQuote(t)) {
                continue; // the massive "Boxing Day" earthquake
            }
            if (t.isNoun() || is(t, "VERB") && inNounPhrase(tokens, i)) {
                head = i;
                continue;
            }
            if (head >= 0 || is(t, "VERB") || isBoundary(t) || is(t, "SCONJ") || is(t, "CCONJ")) {
                break;
            }
        }
        if (head < 0) {
            return null;
        }
        Token noun = tokens.get(head);
        return noun.isNoun() ? noun.lemma() : LEMMATIZER.lemma(noun.word(), "NOUN");
    }

    /**
     * The verb's subject, the date's own words [dateFrom, dateTo] skipped ("Police on Friday arrested"): a noun
     * phrase's head, over an appositive between commas and to the noun a relative pronoun follows; a personal
     * pronoun; or none. {@code depth} bounds the walk back over a coordination ("She left and was arrested").
     */
    private Subject subject(List<Token> tokens, int verb, int dateFrom, int dateTo, int depth) {
        if (verb >= 2 && tokens.get(verb).text().endsWith("ing") && ",".equals(tokens.get(verb - 1).text())
                && tokens.get(verb - 2).isNoun()) {
            return Subject.of(tokens.get(verb - 2).lemma()); // "three prior convictions, spanning from 1990"
        }
        int i = verb - 1;
        while (i >= 0 && verb - i < 2 * REACH && (is(tokens.get(i), "AUX") || is(tokens.get(i), "ADV")
                || is(tokens.get(i), "PART") || isQuote(tokens.get(i)) || i >= dateFrom && i <= dateTo)) {
            i--;
        }
        if (i < 0) {
            return Subject.NONE;
        }
        Token t = tokens.get(i);
        if (t.isNoun()) {
            return Subject.of(nounHead(tokens, i));
        }
        if (is(t, "PRON")) {
            if (isRelative(tokens, i)) {
                int antecedent = i - 1;
                if (antecedent >= 0 && ",".equals(tokens.get(antecedent).text())) {
                    antecedent--;
                }
                // "the coast of Somalia, which has had": the noun the pronoun follows, not its phrase's head
                return antecedent >= 0 && tokens.get(antecedent).isNoun() ? Subject.of(tokens.get(antecedent).lemma())
                        : Subject.NONE;
            }
            return pronouns.contains(t.text().toLowerCase(Locale.ROOT)) ? Subject.PRONOUN : Subject.NONE;
        }
        if (",".equals(t.text())) {
            // "DeGeneres, 55, earned", "DeGeneres, the star of her own show, first hosted": over the appositive
            for (int j = i - 1; j > 0 && i - j <= REACH; j--) {
                if (",".equals(tokens.get(j).text())) {
                    return tokens.get(j - 1).isNoun() ? Subject.of(nounHead(tokens, j - 1)) : Subject.NONE;
                }
            }
            return Subject.NONE;
        }
        if (is(t, "CCONJ") && depth == 0) {
            int earlier = verbBefore(tokens, i - 1);
            return earlier >= 0 ? subject(tokens, earlier, dateFrom, dateTo, depth + 1) : Subject.NONE;
        }
        return Subject.NONE;
    }

    /**
     * The head of the noun phrase ending at {@code end}: its last noun, or for "the producers of the Academy
     * Awards telecast", "the nomination of candidates for parliament" the noun before the prepositions.
     */
    private String nounHead(List<Token> tokens, int end) {
        int head = end;
        for (int hops = 0; hops < 3; hops++) {
            int start = phraseStart(tokens, head);
            if (start >= 2 && is(tokens.get(start - 1), "ADP") && tokens.get(start - 2).isNoun()) {
                head = start - 2;
            } else {
                break;
            }
        }
        return tokens.get(head).lemma();
    }

    // ---- word classes, by part of speech

    /** "who", "which", "that" opening a relative clause: a pronoun no subject pronoun, after a comma or a noun. */
    private boolean isRelative(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!is(t, "PRON") || pronouns.contains(t.text().toLowerCase(Locale.ROOT)) || i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return ",".equals(before.text()) || before.isNoun();
    }

    /** An auxiliary other than a form of be, have or do: will, would, can, may, won't... */
    private boolean isModal(Token t) {
        if (!is(t, "AUX")) {
            return false;
        }
        String text = t.text();
        String lemma = t.lemma();
        if (text.endsWith("n't") || text.endsWith("n’t")) { // "wasn't", "didn't": the form before the negation
            lemma = LEMMATIZER.lemma(Word.of(text.substring(0, text.length() - 3)), "VERB");
        }
        return !primaryAuxiliaries.contains(lemma);
    }

    /**
     * "not", "never" (any tag) or a word ending in "n't" ("didn't"): {@code negation.txt}. A "not" or "n't" the
     * tagger took for something else than a particle or an auxiliary's ending still counts, as before.
     */
    private boolean isNegation(Token t) {
        String lower = t.word().lowerCase();
        if (negations.contains(lower)) {
            return true;
        }
        for (String ending : negations.words()) {
            if (ending.startsWith("n") && ending.length() > 1 && !Character.isLetter(ending.charAt(1))
                    && lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** "240 prisoners and 100 hostages" join noun phrases; "were freed and arrived" join clauses. */
    private static boolean joinsNounPhrases(Token beforeConjunction) {
        return switch (beforeConjunction.upos()) {
            case "NOUN", "PROPN", "NUM", "PRON", "DET" -> true;
            case "ADJ" -> !beforeConjunction.text().endsWith("ed");
            default -> false;
        };
    }

    private static boolean isPossessive(Token t) {
        String text = t.text();
        return text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’");
    }

    /** "his", "her", "their": a pronoun that is neither a subject pronoun nor relative, before a noun phrase. */
    private boolean isPossessivePronoun(Token t) {
        return is(t, "PRON") && !pronouns.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** "Nashville, Tennessee": a comma between two names is part of a place, not a clause boundary. */
    private static boolean joinsNames(List<Token> tokens, int comma) {
        return ",".equals(tokens.get(comma).text()) && comma > 0 && comma + 1 < tokens.size()
                && is(tokens.get(comma - 1), "PROPN") && is(tokens.get(comma + 1), "PROPN");
    }

    /**
     * "set for 11 a.m. | on Nov. 8": a period the sentence model split at, after an abbreviation, with the
     * clause going on in lower case.
     */
    private static boolean endsAbbreviation(List<Token> tokens, int i) {
        return ".".equals(tokens.get(i).text()) && i + 1 < tokens.size()
                && Character.isLowerCase(tokens.get(i + 1).text().charAt(0));
    }

    /** A comma or an opening bracket right before a date: what follows glosses the clause before it. */
    private static boolean isAside(Token t) {
        return t.text().equals(",") || t.text().equals("(") || t.text().equals("[");
    }

    /** Punctuation that ends a clause or phrase: not a hyphen, an apostrophe or a quote mark. */
    private static boolean isBoundary(Token t) {
        String text = t.text();
        return is(t, "PUNCT") && text.length() <= 2 && !isQuote(t) && text.chars().noneMatch(Character::isLetter)
                && !text.equals("-") && !text.equals("'") && !text.equals("&");
    }

    private static boolean isQuote(Token t) {
        String text = t.text();
        return text.length() == 1 && "\"'\u201C\u201D\u2018\u2019".indexOf(text.charAt(0)) >= 0;
    }

    private static boolean is(Token t, String upos) {
        return upos.equals(t.upos());
    }
}
