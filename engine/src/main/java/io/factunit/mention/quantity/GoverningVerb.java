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
 * Also works around two tagger slips seen in news text: a verb after a modal tagged as a noun ("would number
 * 30-40") and an -ing verb tagged as an adjective ("killing 12 and wounding 20").
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
     *                100 were freed"), modals, auxiliaries, relative pronouns and event nouns
     */
    static String find(List<Token> tokens, int first, CountedNoun counted, QuantityWords words) {
        String left = fromLeft(tokens, first, words);
        if (left != null && !words.reportingVerbs.contains(left)) {
            return left;
        }
        if (left != null) {
            // "Officials said 25 soldiers died": the number opens the reported clause, whose verb follows it
            String right = counted.headIndex() >= 0 ? fromRight(tokens, counted.last() + 1) : null;
            return right != null ? right : left;
        }
        if (counted.headIsParticiple()) {
            return lemma(tokens.get(counted.headIndex()));
        }
        return counted.headIndex() >= 0 ? fromRight(tokens, counted.last() + 1) : null;
    }

    /** "thousands of Palestinians killed", "20 people died", "100 hostages were (later) freed". */
    private static String fromRight(List<Token> tokens, int from) {
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
        if ("VERB".equals(t.upos())) {
            return t.lemma();
        }
        if (auxiliary && "ADJ".equals(t.upos()) && t.text().endsWith("ed")) {
            return lemma(t); // the tagger reads "were freed" as an adjective
        }
        return null;
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
                    return before != null && "DET".equals(before.upos()) ? null : t.lemma();
                case "AUX":
                    return t.lemma(); // "the toll is 20,000": the copula is all there is
                case "NOUN":
                    if (before != null && "AUX".equals(before.upos()) && words.modals.contains(before.text())) {
                        return lemma(t); // "would number 30-40"
                    }
                    break;
                case "ADJ":
                    if (i == first - 1 && t.text().endsWith("ing")
                            && (before == null || !"DET".equals(before.upos()))) {
                        return lemma(t); // "and wounding 20", not "the remaining 129"
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

    /** The token read as a verb, whatever its tag. */
    private static String lemma(Token token) {
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
