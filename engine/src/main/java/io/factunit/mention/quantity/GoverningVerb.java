package io.factunit.mention.quantity;

import io.factunit.analysis.Lemmatizer;
import io.factunit.analysis.Token;
import java.util.List;

/**
 * The verb a quantity is the object or subject of, found without a parser by walking back through the clause:
 * <ul>
 *   <li>the nearest verb before the number, not crossing punctuation, a subordinator, a relative pronoun, a
 *       preposition, or a conjunction that follows a verb ("Israel released 240 prisoners" → release);</li>
 *   <li>a list introduced by "including" elaborates the quantity before it and inherits its verb ("killed
 *       nearly 20,000 people, including 7,729 children" → kill for both);</li>
 *   <li>"the release of 105 hostages", "in exchange for 240 women": an event noun before "of"/"for" stands in
 *       for its verb (release, exchange);</li>
 *   <li>if nothing governs it from the left, a participle right after the counted phrase does ("thousands of
 *       Palestinians killed" → kill, "20 people were killed" → kill), or the head itself when it is one ("tens of thousands injured" → injure).
 *       A reduced relative after the head does not override a verb on the left: in "Hamas returned 100
 *       Israelis and others taken captive" the count is what Hamas returned, so the verb is "return".</li>
 * </ul>
 * <ul>
 *   <li>a number with no noun of its own looks right too: "Twelve were killed", "12 died";</li>
 *   <li>after a linking verb ({@code linking-verb.txt}: be, remain, leave, find...) the adjective that completes
 *       the count says what happened to it: "12 people are dead" → dead, "left 12 people dead" → dead, "12
 *       were reported missing" → missing, "30 people seriously injured" → injure;</li>
 *   <li>two coordinated verbs govern a count of both ("12 were killed or injured", "killed and wounded 30"):
 *       no verb is given, since the count is of neither alone;</li>
 *   <li>"killed 12 people, five of them children": a count of part of the one before it, after a comma,
 *       inherits its verb, as a list after "including" does.</li>
 * </ul>
 * Also works around three tagger slips seen in news text: a verb after a modal tagged as a noun ("would number
 * 30-40"), an -ing verb tagged as an adjective ("killing 12 and wounding 20"), and a past-tense verb tagged as a
 * noun right before its number ("the blast left 12 dead", "the toll rose to 12").
 */
final class GoverningVerb {
    private static final int MAX_DISTANCE = 12;
    private static final Lemmatizer LEMMATIZER = new Lemmatizer();

    private GoverningVerb() {
    }

    /**
     * @param first   index of the first token of the quantity expression (its bound phrase included)
     * @param counted what the number counts
     * @param words   the language's words: reporting verbs, which report a count rather than govern it ("said
     *                100 were freed"), linking verbs ("12 are dead"), modals, auxiliaries, relative pronouns and
     *                event nouns
     */
    static String find(List<Token> tokens, int first, CountedNoun counted, QuantityWords words) {
        int after = counted.last() + 1;
        // a number with a noun of its own, or with none at all, may be the subject of a verb after it
        boolean looksRight = counted.headIndex() >= 0 || counted.head() == null;
        if (hypotheticalBefore(tokens, first, words) || hypotheticalAfter(tokens, after, words)) {
            return null;
        }
        String left = fromLeft(tokens, elaborated(tokens, first, counted) ? first - 1 : first, words);
        if (left != null && words.linkingVerbs.contains(left)) {
            // "left 12 people dead", "there are 30 people injured"; "12 are dead and 30 are missing"
            String state = Complement.of(tokens, after, words);
            String right = state == null && looksRight ? fromRight(tokens, after, words) : null;
            if (state != null || right != null) {
                return state != null ? state : right;
            }
        }
        if (left != null && !words.reportingVerbs.contains(left)) {
            return left;
        }
        if (left != null) {
            // "Officials said 25 soldiers died": the number opens the reported clause, whose verb follows it
            String right = looksRight ? fromRight(tokens, after, words) : null;
            return right != null ? right : left;
        }
        if (counted.headIsParticiple()) {
            return lemma(tokens.get(counted.headIndex()));
        }
        String described = beforeHead(tokens, first, counted);
        return described != null ? described : looksRight ? fromRight(tokens, after, words) : null;
    }

    /**
     * "the 240 released prisoners arrived", "30 injured people": with no verb before the count, a participle
     * before its head says what happened to what is counted, rather than a verb after it.
     */
    private static String beforeHead(List<Token> tokens, int first, CountedNoun counted) {
        for (int i = first + 1; i < counted.headIndex(); i++) {
            Token t = tokens.get(i);
            String text = t.word().lowerCase();
            if (("VERB".equals(t.upos()) || "ADJ".equals(t.upos())) && (text.endsWith("ed") || text.endsWith("en"))) {
                return lemma(t);
            }
        }
        return null;
    }

    /** "might have been 12", "could rise to 12", "would kill 12": a modal in the verb group right before the count. */
    private static boolean hypotheticalBefore(List<Token> tokens, int first, QuantityWords words) {
        int i = first - 1;
        if (i >= 0 && "ADP".equals(tokens.get(i).upos())) {
            i--;
        }
        for (int k = 0; i >= 0 && k < 5; i--, k++) {
            Token t = tokens.get(i);
            if (words.hypotheticalModals.contains(t.text())) {
                return true;
            }
            if (!t.isVerb() && !"ADV".equals(t.upos()) && !"PART".equals(t.upos())) {
                return false;
            }
        }
        return false;
    }

    /** "12 people could be killed", "12 may have died": a modal right after the count. */
    private static boolean hypotheticalAfter(List<Token> tokens, int after, QuantityWords words) {
        for (int i = after; i < tokens.size() && i < after + 2; i++) {
            Token t = tokens.get(i);
            if (words.hypotheticalModals.contains(t.text())) {
                return true;
            }
            if (!"ADV".equals(t.upos())) {
                return false;
            }
        }
        return false;
    }

    /** "killed 12 people, five of them children": a part of the count before the comma, with a noun of its own. */
    private static boolean elaborated(List<Token> tokens, int first, CountedNoun counted) {
        if (first == 0 || !",".equals(tokens.get(first - 1).text())) {
            return false;
        }
        for (int j = first + 1; j + 1 < counted.headIndex(); j++) {
            if (is(tokens.get(j), "of") && "PRON".equals(tokens.get(j + 1).upos())) {
                return true;
            }
        }
        return false;
    }

    /** "thousands of Palestinians killed", "20 people died", "100 hostages were (later) freed", "12 are dead". */
    private static String fromRight(List<Token> tokens, int from, QuantityWords words) {
        int i = from;
        boolean auxiliary = false;
        while (i < tokens.size() && i < from + 3
                && ("AUX".equals(tokens.get(i).upos()) || "ADV".equals(tokens.get(i).upos()))) {
            auxiliary |= "AUX".equals(tokens.get(i).upos());
            i++;
        }
        if (i >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(i);
        String verb;
        if ("VERB".equals(t.upos())) {
            verb = t.lemma();
        } else if ("ADJ".equals(t.upos()) && (auxiliary || i == from) && !words.notCounted.contains(t.text())) {
            // "were freed" read as an adjective; "12 are dead"; a headline's "12 people dead"
            return Complement.attributive(tokens, i) || Complement.coordinated(tokens, i, words) ? null : Complement.state(t);
        } else {
            return null;
        }
        if (Complement.coordinated(tokens, i, words)) {
            return null; // "12 were killed or injured": a count of both
        }
        if (words.linkingVerbs.contains(verb)) {
            String state = Complement.of(tokens, i + 1, words); // "12 were confirmed dead", "12 remain missing"
            if (state != null) {
                return state;
            }
        }
        return verb;
    }

    private static String fromLeft(List<Token> tokens, int first, QuantityWords words) {
        boolean elaboration = false;
        int stop = Math.max(0, first - MAX_DISTANCE);
        for (int i = first - 1; i >= stop; i--) {
            Token t = tokens.get(i);
            Token before = i > 0 ? tokens.get(i - 1) : null;
            String upos = t.upos();
            if (isQuote(t)) {
                continue;
            }
            if (t.text().equalsIgnoreCase("including")) {
                elaboration = true;
                continue;
            }
            if (elaboration && ",".equals(t.text())) {
                elaboration = false;
                continue;
            }
            switch (upos) {
                case "VERB":
                    // "the proposed three-stage plan": a participle after a determiner is an adjective
                    if (before != null && "DET".equals(before.upos()) || Complement.coordinated(tokens, i, words)) {
                        return null; // ... and "killed and wounded 30" counts both
                    }
                    return t.lemma();
                case "AUX":
                    return t.lemma(); // "the toll is 20,000": the copula is all there is
                case "NOUN":
                    if (before != null && "AUX".equals(before.upos()) && words.modals.contains(before.text())) {
                        return lemma(t); // "would number 30-40"
                    }
                    if (i == first - 1 && isPastTense(t)) {
                        return lemma(t); // "the blast left 12 dead", "left" tagged as a noun
                    }
                    break;
                case "ADJ":
                    if (i == first - 1 && (t.text().endsWith("ing") || t.text().endsWith("ed"))
                            && (before == null || !"DET".equals(before.upos()))) {
                        return lemma(t); // "and wounding 20", "and wounded 20", not "the remaining 129"
                    }
                    if (t.text().endsWith("ed") && before != null && words.auxiliaries.contains(before.text())) {
                        return lemma(t); // "has freed 240", tagged as an adjective
                    }
                    break;
                case "ADP":
                case "PART":
                    if (before != null && (is(t, "of") || is(t, "for")) && !"VERB".equals(before.upos())) {
                        // "the release of 105", "in exchange for 240" (often tagged ADJ); null for "a group of 30"
                        String event = words.eventNouns.get(before.lemma());
                        return event != null ? event : words.eventNouns.get(before.text());
                    }
                    if (before != null && (is(t, "to") || is(t, "by")) && "VERB".equals(before.upos())) {
                        return before.lemma(); // "rose to 20,000"
                    }
                    if (before != null && i == first - 1 && is(t, "to") && isPastTense(before)) {
                        return lemma(before); // "the toll rose to 12", "rose" tagged as a noun
                    }
                    if ("ADP".equals(upos)) {
                        return null; // "ambassadors from 80 countries": the number is inside a prepositional phrase
                    }
                    break;
                case "PUNCT":
                case "SCONJ":
                    return null;
                case "PRON":
                    if (words.relativePronouns.contains(t.text())) {
                        return null;
                    }
                    break;
                case "CCONJ":
                    if (before != null && !joinsNounPhrases(before)) {
                        return null; // "thousands killed and tens of thousands injured": that verb is taken
                    }
                    break;
                default:
                    break;
            }
        }
        return null;
    }

    /** "240 prisoners and 100 hostages" share a verb; "were freed and a dozen trucks arrived" do not. */
    private static boolean joinsNounPhrases(Token beforeConjunction) {
        return switch (beforeConjunction.upos()) {
            case "NOUN", "PROPN", "NUM", "PRON" -> true;
            case "ADJ" -> !beforeConjunction.text().endsWith("ed");
            default -> false;
        };
    }

    /**
     * A word tagged as a noun or adjective that the dictionary also knows as a past tense or participle ("rose",
     * "left", "shot"): a verb form whose lemma differs from it, and not a plural ("points").
     */
    private static boolean isPastTense(Token token) {
        return !token.word().lowerCase().endsWith("s") && isInflectedVerb(token);
    }

    /** An inflected verb form the dictionary knows ("rose", "rises", "left"), whatever the tagger said. */
    static boolean isInflectedVerb(Token token) {
        return !"PROPN".equals(token.upos()) && !lemma(token).equals(token.word().lowerCase());
    }

    /** The token read as a verb, whatever its tag. */
    static String lemma(Token token) {
        return LEMMATIZER.lemma(token.word(), "VERB");
    }

    private static boolean isQuote(Token t) {
        String text = t.text();
        return text.length() == 1 && "\"'\u201C\u201D\u2018\u2019".indexOf(text.charAt(0)) >= 0;
    }

    private static boolean is(Token token, String word) {
        return token.text().equalsIgnoreCase(word);
    }
}
