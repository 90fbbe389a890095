package io.factunit.claim;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.mention.Mention;
import io.factunit.mention.person.PersonMention;
import io.factunit.mention.quantity.Quantity;
import io.factunit.mention.quantity.QuantityMention;
import java.util.List;
import java.util.Locale;

/**
 * What open figure claims read from a quantity: whether it is a figure at all (it counts something, a noun or a
 * unit, and is no vague plural: "thousands" is compared by nobody) and its alignment qualifiers: what it
 * counts (head), what happened to it (verb) and whose it is (holder).
 */
final class Figures {
    /**
     * How far (in characters) the person a holder names may lie from the figure: "Orozco, 27" and "Felt Dead at
     * 95" are near; "Gray's older sister, Mahnefah Gray, 19," where the finder read only "Gray's" is not.
     */
    private static final int MAX_GAP = 12;
    private Figures() {
    }

    static boolean isFigure(Mention mention) {
        return mention instanceof QuantityMention q && q.head() != null
                && q.value().precision() != Quantity.Precision.VAGUE;
    }

    /**
     * The holder of a quantity, as the full name when it is a person the sentence names ("catherine gomes" for
     * "Catherine Gomes, 61,", beside "Gary Gomes, 35,"; the full name an article gave for "Comeaux, 49,"): of the
     * people whose surname it is, the one nearest the figure.
     */
    static String holder(Mention mention, List<PersonMention> people, List<PersonMention> allPeople,
                         List<Sentence> sentences) {
        String person = person(mention, people, allPeople, sentences);
        return person != null || !(mention instanceof QuantityMention q) ? person : q.holder();
    }

    /**
     * The holder of a quantity when it is a person the article names, as the full name: "catherine gomes" for
     * "Catherine Gomes, 61," (a person of the sentence whose surname the holder is, at most {@link #MAX_GAP}
     * characters from the figure, the nearest); for "He was 77.", the person named before ({@link #antecedent}),
     * unless the sentence quotes someone. An age held by a name the person finder did not read ("Riva, 47,"
     * where another article writes "Paul Riva, 47,"; "Felt Dead at 95") is held by that name as written: a
     * capitalised proper noun right before the figure ({@link #writtenName}). Null for a holder that is no
     * person ("the 10-year-old girl", "the Senate").
     */
    static String person(Mention mention, List<PersonMention> people, List<PersonMention> allPeople,
                         List<Sentence> sentences) {
        Sentence sentence = sentences.get(mention.sentence());
        if (mention instanceof QuantityMention q && q.pronoun()) {
            if (quoted(sentence.text())) {
                return null;
            }
            return antecedent(q, allPeople, sentences);
        }
        if (!(mention instanceof QuantityMention q) || q.holder() == null) {
            return null;
        }
        PersonMention nearest = null;
        int distance = MAX_GAP + 1;
        for (PersonMention person : people) {
            if (person.surname().toLowerCase(Locale.ROOT).equals(q.holder())) {
                int d = person.end() <= q.start() ? q.start() - person.end() : person.start() - q.end();
                if (Math.abs(d) < distance) {
                    nearest = person;
                    distance = Math.abs(d);
                }
            }
        }
        if (nearest != null) {
            return nearest.name().toLowerCase(Locale.ROOT);
        }
        return q.isAge() && writtenName(q, sentence) ? q.holder() : null;
    }

    /**
     * Whether an age's holder is a name as written within {@link #MAX_GAP} characters before the figure: a
     * capitalised proper noun ("Riva, 47,"; "Felt Dead at 95"), or a capitalised word after one, which the tagger
     * may take for an adjective ("Vishwanand Subryan, 23,").
     */
    private static boolean writtenName(QuantityMention q, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < q.start(); i++) {
            Token token = tokens.get(i);
            if (q.start() - token.end() <= MAX_GAP && token.isCapitalised()
                    && token.word().lowerCase().equals(q.holder())
                    && ("PROPN".equals(token.upos()) || i > 0 && "PROPN".equals(tokens.get(i - 1).upos()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence quotes someone: a pronoun in it speaks of the speaker's people, not the article's. */
    private static boolean quoted(String sentence) {
        return sentence.indexOf('"') >= 0 || sentence.indexOf('\u201C') >= 0 || sentence.indexOf('\u201D') >= 0;
    }

    /**
     * Whom "he" or "she" stands for in "He was 77.": the person named first in the same sentence before the
     * figure; or else the name the sentence right before opens with, its subject ({@link Subjects#named}: news
     * names the subject of a sentence first), as the full name when the person finder read it; or else the
     * person named first in that sentence. Null when neither sentence names one: a pronoun further from its
     * person is too often someone else's.
     */
    private static String antecedent(QuantityMention q, List<PersonMention> allPeople, List<Sentence> sentences) {
        PersonMention same = null;
        PersonMention before = null;
        for (PersonMention person : allPeople) {
            if (person.start() >= q.start()) {
                break;
            }
            if (person.sentence() == q.sentence() && same == null) {
                same = person;
            } else if (person.sentence() == q.sentence() - 1 && before == null) {
                before = person;
            }
        }
        if (same != null) {
            return same.name().toLowerCase(Locale.ROOT);
        }
        String subject = q.sentence() == 0 ? null : Subjects.named(sentences.get(q.sentence() - 1));
        if (subject != null) {
            for (PersonMention person : allPeople) {
                if (person.sentence() == q.sentence() - 1 && person.surname().toLowerCase(Locale.ROOT).equals(subject)) {
                    return person.name().toLowerCase(Locale.ROOT);
                }
            }
            return subject;
        }
        return before == null ? null : before.name().toLowerCase(Locale.ROOT);
    }

    /** The head, verb or holder of a quantity; null when the sentence does not say, or for other mentions. */
    static String qualifier(String name, Mention mention) {
        if (!(mention instanceof QuantityMention q)) {
            return null;
        }
        return switch (name) {
            case "head" -> q.head();
            case "verb" -> q.verb();
            case "holder" -> q.holder();
            default -> throw new IllegalArgumentException("no quantity qualifier " + name);
        };
    }
}
