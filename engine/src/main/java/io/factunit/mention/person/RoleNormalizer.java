package io.factunit.mention.person;

import io.factunit.language.Language;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns a title as written into a role that compares across articles: one canonical shape,
 * "ROLE of QUALIFIER", where the qualifier is the organisation or country the title belongs to.
 * <ul>
 *   <li>lower case; articles (a, an, the) dropped; a rank glued on ("ex-Vice President") is a word of its own,
 *       and "ex" is "former" (role-synonym.txt);</li>
 *   <li>an organisation or country before the role, possessive or not, moves behind it:
 *       "CIA director" and "Director of the CIA" → "director of cia";</li>
 *   <li>nationality adjectives become their country: "Iranian Foreign Minister" and "Iran’s Foreign
 *       Minister" → "foreign minister of iran" (the adjective is dropped, the fact it carries is kept);</li>
 *   <li>possessors that only point back ("the country's") are dropped;</li>
 *   <li>when several qualifiers appear, the one nearest the role wins ("head of the US’s CIA" → "of cia");</li>
 *   <li>word synonyms from the lexicon (chief, leader → head), then "X head" → "head of X"
 *       ("political bureau chief" → "head of political bureau"), then whole-role synonyms from the lexicon
 *       ("head of cia" → "director of cia").</li>
 * </ul>
 * So "The head of Hamas’s political bureau", "Chief of Hamas’s Political Bureau" and "Hamas political
 * bureau chief" all give "head of political bureau of hamas". A title that is only an organisation gives null.
 */
public final class RoleNormalizer {
    private static final String POSSESSIVE = "'s";
    private static final String HEAD = "head";

    private final PersonLexicon lexicon;

    /** A normaliser reading the words of {@code language}. */
    public RoleNormalizer(Language language) {
        this(PersonLexicon.of(language));
    }

    /** A normaliser that also knows a story's own places and organisations ({@code names}, from its rule pack). */
    public RoleNormalizer(Language language, Collection<String> names) {
        this(PersonLexicon.of(language, names));
    }

    RoleNormalizer(PersonLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The comparable role of a title, or null when the title names no role. */
    public String normalise(String title) {
        if (title == null) {
            return null;
        }
        Parsed parsed = parse(words(title));
        if (parsed.role.isEmpty()) {
            return null;
        }
        String role = String.join(" ", parsed.role);
        if (parsed.qualifier != null) {
            role += " of " + parsed.qualifier;
        }
        return lexicon.roleSynonym(role);
    }

    private record Parsed(List<String> role, String qualifier) {
    }

    /** Splits at the first "of": "head of [hamas's political bureau]". */
    private Parsed parse(List<String> words) {
        int of = words.indexOf("of");
        if (of < 0) {
            return simple(words);
        }
        Parsed left = simple(words.subList(0, of));
        Parsed right = parse(words.subList(of + 1, words.size()));
        List<String> role = new ArrayList<>(left.role);
        if (!right.role.isEmpty()) {
            role.add("of");
            role.addAll(right.role);
        }
        return new Parsed(role, right.qualifier != null ? right.qualifier : left.qualifier);
    }

    /** A phrase without "of": [possessor 's] [qualifiers] role words. */
    private Parsed simple(List<String> words) {
        String qualifier = null;
        int possessive = words.lastIndexOf(POSSESSIVE);
        if (possessive >= 0) {
            qualifier = possessor(words.subList(0, possessive));
            words = words.subList(possessive + 1, words.size());
        }
        int i = 0;
        while (i < words.size()) {
            int length = entityLength(words, i);
            if (length == 0) {
                break;
            }
            qualifier = qualifier(String.join(" ", words.subList(i, i + length)));
            i += length;
        }
        List<String> role = new ArrayList<>();
        for (String word : words.subList(i, words.size())) {
            role.add(lexicon.wordSynonym(word));
        }
        return new Parsed(headFirst(role), qualifier);
    }

    /** "deputy political bureau head" → "deputy head of political bureau". */
    private List<String> headFirst(List<String> role) {
        int ranks = 0;
        while (ranks < role.size() && lexicon.isRank(role.get(ranks))) {
            ranks++;
        }
        int last = role.size() - 1;
        if (last <= ranks || !role.get(last).equals(HEAD)) {
            return role;
        }
        List<String> result = new ArrayList<>(role.subList(0, ranks));
        result.add(HEAD);
        result.add("of");
        result.addAll(role.subList(ranks, last));
        return result;
    }

    private String possessor(List<String> words) {
        String phrase = String.join(" ", words);
        if (phrase.isEmpty() || (words.size() == 1 && lexicon.isGenericPossessor(phrase))) {
            return null;
        }
        return qualifier(phrase);
    }

    private String qualifier(String phrase) {
        String country = lexicon.country(phrase);
        return country != null ? country : phrase;
    }

    /** Words of the longest listed place, organisation or nationality at words[from], or 0. */
    private int entityLength(List<String> words, int from) {
        int limit = Math.min(words.size(), from + lexicon.longestEntry());
        for (int to = limit; to > from; to--) {
            PersonLexicon.Kind kind = lexicon.kind(String.join(" ", words.subList(from, to)));
            if (kind != null && kind.qualifiesTitles()) {
                return to - from;
            }
        }
        return 0;
    }

    /** Lower-cased words, articles dropped, "'s" split off as its own word, outer punctuation removed. */
    private List<String> words(String title) {
        List<String> words = new ArrayList<>();
        for (String piece : PersonLexicon.phrase(title).split(" ")) {
            String word = trimPunctuation(piece);
            int rank = lexicon.rankPrefix(word);
            if (rank > 0) { // "ex-vice": the rank "ex", then "vice"
                words.add(word.substring(0, rank - 1));
                word = word.substring(rank);
            }
            if (word.endsWith(POSSESSIVE) && word.length() > 2) {
                words.add(word.substring(0, word.length() - 2));
                words.add(POSSESSIVE);
            } else if (word.endsWith("'") && word.length() > 1) {
                words.add(word.substring(0, word.length() - 1));
                words.add(POSSESSIVE);
            } else if (!word.isEmpty() && !lexicon.articles.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static String trimPunctuation(String word) {
        int begin = 0;
        int end = word.length();
        while (begin < end && ",;:()\"“”".indexOf(word.charAt(begin)) >= 0) {
            begin++;
        }
        while (end > begin && ",;:()\"“”".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        String trimmed = word.substring(begin, end);
        // A full stop ends the title, unless the word is an abbreviation with dots inside ("u.s.").
        if (trimmed.endsWith(".") && trimmed.indexOf('.') == trimmed.length() - 1) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
