package io.factunit.mention.quantity;

import io.factunit.analysis.Token;
import java.util.List;
import java.util.Set;

/**
 * Ages, however news writes them, counted in one unit so that they align: "51-year-old" and "30 years old"
 * (a unit of time and "old"), "Comeaux, 49," (a whole number in commas after a noun: the apposition news
 * style uses for ages), "aged 45", "at the age of 45". The unit is the time unit's word and "-old":
 * "year-old", "month-old".
 */
final class Ages {
    /** The largest number read as an age in apposition; above it, "Boeing, 737," is no person. */
    private static final int MAX_AGE = 120;

    private Ages() {
    }

    /** The counted phrase of an age in {@code timeUnit}s ("year") ending at token {@code last}. */
    static CountedNoun counted(String timeUnit, int last) {
        return new CountedNoun(timeUnit + "-old", List.of(), List.of(), last, last, false);
    }

    /** Whether a head names an age ("year-old"). */
    static boolean isAge(String head) {
        return head != null && head.endsWith("-old");
    }

    /** A word after an age ("old") at {@code index}: "30 years old". */
    static boolean isOld(List<Token> t, int index, Set<String> ageEnds) {
        return index < t.size() && ageEnds.contains(t.get(index).text());
    }

    /** "aged 45", "age 45", "the age of 45". */
    static boolean followsAgeWord(List<Token> t, int first, Set<String> ageLeads) {
        if (first < 1) {
            return false;
        }
        String before = t.get(first - 1).text();
        return ageLeads.contains(before)
                || (first >= 2 && before.equalsIgnoreCase("of") && ageLeads.contains(t.get(first - 2).text()));
    }

    /**
     * "Comeaux, 49, escaped", "Tanya Wilson, 47;", "Reid's, 33, acting": a whole number from 1 to 120 set off
     * by commas right after a noun (or its possessive) that is no month, and not one of a list of numbers.
     */
    static boolean isApposed(List<Token> t, int first, int last, Quantity base, Set<String> months) {
        double v = base.nominal();
        if (!base.isExact() || v != Math.rint(v) || v < 1 || v > MAX_AGE || first != last || first < 2) {
            return false;
        }
        if (!",".equals(t.get(first - 1).text())) {
            return false;
        }
        int noun = first - 2;
        if (noun >= 1 && "PART".equals(t.get(noun).upos())) {
            noun--; // "Reid's, 33,"
        }
        Token before = t.get(noun);
        if (!isNounOrName(t, noun) || months.contains(before.text())) {
            return false;
        }
        int after = last + 1;
        if (after >= t.size()) {
            return true;
        }
        String next = t.get(after).text();
        boolean closes = next.equals(",") || next.equals(";") || next.equals(")")
                || (next.equals(".") && after == t.size() - 1);
        boolean list = after + 1 < t.size() && Character.isDigit(t.get(after + 1).text().charAt(0));
        return closes && !list;
    }

    /**
     * A noun, or a capitalised word right after a capitalised proper noun: the last word of a name, which the
     * tagger may read as an adjective when it does not know it ("Vishwanand Subryan, 23,").
     */
    static boolean isNounOrName(List<Token> t, int index) {
        Token token = t.get(index);
        if (token.isNoun()) {
            return true;
        }
        if (index < 1 || !token.isCapitalised()) {
            return false;
        }
        Token before = t.get(index - 1);
        return "PROPN".equals(before.upos()) && before.isCapitalised();
    }

    /**
     * "She was 85.", "Russell dies at 91", "Felt Dead at 95": a whole number from 1 to 120, alone, that closes its
     * clause (punctuation, the end, or a preposition or conjunction next) right after a word of
     * {@code age-predicate.txt}, over the word it names ("at"). After a form of "be" the subject right before
     * must be a person: a name or a third-person singular pronoun ("The score was 85." is no age).
     */
    static boolean isPredicated(List<Token> t, int first, int last, Quantity base, QuantityWords words) {
        double v = base.nominal();
        if (!base.isExact() || v != Math.rint(v) || v < 1 || v > MAX_AGE || first != last || first < 2
                || !closesClause(t, last + 1)) {
            return false;
        }
        String between = words.agePredicates.get(lower(t.get(first - 1).lemma()));
        if ("".equals(between)) {
            Token subject = t.get(first - 2);
            return "PROPN".equals(subject.upos()) && subject.isCapitalised()
                    || words.personPronouns.contains(subject.text());
        }
        String needed = words.agePredicates.get(lower(t.get(first - 2).lemma()));
        return needed != null && !needed.isEmpty() && t.get(first - 1).text().equalsIgnoreCase(needed);
    }

    /** Whether the clause ends at {@code index}: the end, punctuation, or a preposition or conjunction. */
    private static boolean closesClause(List<Token> t, int index) {
        if (index >= t.size()) {
            return true;
        }
        String upos = t.get(index).upos();
        if (t.get(index).text().equalsIgnoreCase("of")) {
            return false; // "He was one of many": part of a group
        }
        return "PUNCT".equals(upos) || "ADP".equals(upos) || "CCONJ".equals(upos) || "SCONJ".equals(upos);
    }

    private static String lower(String word) {
        return word.toLowerCase(java.util.Locale.ROOT);
    }
}
