package io.factunit.mention.person;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.mention.LookupForm;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the title a sentence binds to a name, trying three patterns in this order:
 * <ol>
 *   <li>pre-nominal: "CIA chief William Burns", "Iran’s Foreign Minister Hossein Amirabdollahian", with the
 *       capitalised nouns before it as its organisation ("Treasury Secretary Henry Paulson");</li>
 *   <li>appositive before: "The Director of the CIA, William Burns, is ..." — the name must then close
 *       the clause (comma, full stop, end), or "the head of X, Y said" would bind X's title to Y;</li>
 *   <li>appositive after: "Ismail Haniyeh, the Chief of Hamas’s Political Bureau, ...".</li>
 * </ol>
 * A title needs a head word from the lexicon ("chief", "minister", "official") before any "of"; the lexicon
 * lists them singular, so "Hamas officials" describes a group, not the person. A noun phrase that holds
 * another name is never a title. A leading article, or a pointer such as "the country's", is dropped
 * ("the country's intelligence chief" → "intelligence chief").
 */
final class TitleFinder {
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", ")", "!", "?");

    /** A title as written, with its offsets in the article. */
    record Title(String text, int start, int end) {
    }

    private final PersonLexicon lexicon;

    TitleFinder(PersonLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The title of the name in tokens first..last, or null.
     *
     * @param names tokens of the sentence that belong to names
     */
    Title find(Sentence sentence, int first, int last, BitSet names) {
        Title title = preNominal(sentence, first, names);
        if (title == null) {
            title = appositiveBefore(sentence, first, last, names);
        }
        if (title == null) {
            title = appositiveAfter(sentence, last, names);
        }
        return title;
    }

    private Title preNominal(Sentence sentence, int first, BitSet names) {
        List<Token> tokens = sentence.tokens();
        int i = first - 1;
        if (i < 0 || !lexicon.isTitleHead(lower(tokens.get(i)))) {
            return null;
        }
        int begin = first;
        while (i >= 0) {
            Token token = tokens.get(i);
            String word = lower(token);
            if (lexicon.isTitleWord(word)) {
                begin = i;
                i--;
                continue;
            }
            int entity = namedEntityEndingAt(sentence, i);
            if (entity >= 0) {
                begin = entity;
                i = entity - 1;
            } else if (isConjunction(token) && begin == i + 1 && i > 0 && isProperNoun(tokens.get(i - 1))
                    && !names.get(i - 1) && isProperNoun(tokens.get(i + 1))) {
                begin = i; // "Fire & Rescue Chief", "Fire and Rescue Chief"
                i--;
            } else if (isProperNoun(token) && !names.get(i) && begin == i + 1) {
                begin = i; // "Treasury Secretary", "Palmer Public Safety Director": the organisation, unlisted
                i--;
            } else if (isPossessive(token) && i > 0 && namedEntityEndingAt(sentence, i - 1) >= 0) {
                i--; // "Iran’s Foreign Minister": the possessor is taken next round
            } else if (word.equals("of") && begin == i + 1 && i > 0 && lexicon.isTitleWord(lower(tokens.get(i - 1)))) {
                i--; // "Secretary of State"
            } else {
                break;
            }
        }
        return span(sentence, begin, first - 1);
    }

    private Title appositiveBefore(Sentence sentence, int first, int last, BitSet names) {
        List<Token> tokens = sentence.tokens();
        if (first < 2 || !isComma(tokens.get(first - 1))) {
            return null;
        }
        int after = last + 1;
        if (after < tokens.size() && !isComma(tokens.get(after)) && !CLAUSE_ENDS.contains(tokens.get(after).text())) {
            return null;
        }
        int begin = -1;
        for (int i = first - 2; i >= 0; i--) {
            Token token = tokens.get(i);
            if (names.get(i)) {
                return null;
            }
            if (isNominal(token) || isPossessive(token) || lower(token).equals("of")) {
                begin = i;
            } else if (isDeterminer(token)) {
                begin = i;
                if (i == 0 || !lower(tokens.get(i - 1)).equals("of")) {
                    break;
                }
            } else {
                break;
            }
        }
        return begin < 0 ? null : titleOf(sentence, begin, first - 2);
    }

    private Title appositiveAfter(Sentence sentence, int last, BitSet names) {
        List<Token> tokens = sentence.tokens();
        int begin = last + 2;
        if (begin >= tokens.size() || !isComma(tokens.get(last + 1))) {
            return null;
        }
        int i = begin;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (names.get(i)) {
                return null;
            }
            boolean determiner = isDeterminer(token) && (i == begin || lower(tokens.get(i - 1)).equals("of"));
            if (!(determiner || isNominal(token) || isPossessive(token) || lower(token).equals("of"))) {
                break;
            }
            i++;
        }
        if (i < tokens.size()) {
            Token stop = tokens.get(i);
            boolean closes = isComma(stop) || CLAUSE_ENDS.contains(stop.text()) || "CCONJ".equals(stop.upos())
                    || lexicon.relativePronouns.contains(lower(stop));
            if (!closes) {
                return null;
            }
        }
        return titleOf(sentence, begin, i - 1);
    }

    /**
     * The title within noun phrase begin..end: determiners dropped, and "of" segments dropped from the front
     * until the first segment holds a title head ("the release of the Hamas official" → "Hamas official").
     */
    private Title titleOf(Sentence sentence, int begin, int end) {
        List<Token> tokens = sentence.tokens();
        while (begin <= end) {
            begin = skipDeterminers(tokens, begin, end);
            int of = begin;
            boolean headed = false;
            while (of <= end && !lower(tokens.get(of)).equals("of")) {
                headed |= lexicon.isTitleHead(lower(tokens.get(of)));
                of++;
            }
            if (headed) {
                while (end > begin && (isPossessive(tokens.get(end)) || isDeterminer(tokens.get(end))
                        || lower(tokens.get(end)).equals("of"))) {
                    end--;
                }
                return span(sentence, begin, end);
            }
            begin = of + 1;
        }
        return null;
    }

    /** Skips "the", "a", "its", and a pointing possessive such as "the country's". */
    private int skipDeterminers(List<Token> tokens, int begin, int end) {
        while (begin <= end && isDeterminer(tokens.get(begin))) {
            begin++;
        }
        if (begin + 1 <= end && lexicon.isGenericPossessor(lower(tokens.get(begin))) && isPossessive(tokens.get(begin + 1))) {
            begin += 2;
        }
        return begin;
    }

    /** Start of the longest listed place, organisation or nationality ending at token i, or -1. */
    private int namedEntityEndingAt(Sentence sentence, int i) {
        List<Token> tokens = sentence.tokens();
        int best = -1;
        int reach = lexicon.longestEntry() * 3; // "Al-Awsat" is three tokens
        for (int j = i; j >= 0 && i - j < reach; j--) {
            if (!tokens.get(j).isCapitalised()) {
                continue;
            }
            String phrase = PersonLexicon.phrase(sentence.text().substring(
                    tokens.get(j).start() - sentence.start(), tokens.get(i).end() - sentence.start()));
            PersonLexicon.Kind kind = lexicon.kind(phrase);
            if (kind != null && kind.qualifiesTitles()) {
                best = j;
            }
        }
        return best;
    }

    private static Title span(Sentence sentence, int begin, int end) {
        if (begin > end) {
            return null;
        }
        int start = sentence.tokens().get(begin).start();
        int stop = sentence.tokens().get(end).end();
        return new Title(sentence.text().substring(start - sentence.start(), stop - sentence.start()), start, stop);
    }

    /** A token's word as the lexicon looks it up; kept per word, as finders ask it of most tokens. */
    static String lower(Token token) {
        return LookupForm.of(token);
    }

    static boolean isPossessive(Token token) {
        return LookupForm.isPossessive(token);
    }

    static boolean isComma(Token token) {
        return ",".equals(token.text());
    }

    private static boolean isConjunction(Token token) {
        return token.text().equals("&") || "CCONJ".equals(token.upos());
    }

    /** A capitalised noun: the name of an organisation or place before a title ("Commerce Secretary"). */
    private static boolean isProperNoun(Token token) {
        return token.isCapitalised() && ("PROPN".equals(token.upos()) || "NOUN".equals(token.upos()));
    }

    private static boolean isNominal(Token token) {
        return switch (token.upos()) {
            case "NOUN", "PROPN", "ADJ", "NUM" -> true;
            default -> false;
        };
    }

    private boolean isDeterminer(Token token) {
        return "DET".equals(token.upos())
                || ("PRON".equals(token.upos()) && lexicon.possessiveDeterminers.contains(lower(token)));
    }
}
