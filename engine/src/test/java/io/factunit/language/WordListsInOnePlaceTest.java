package io.factunit.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each word list lives in its file only. A copy in Java is spelled as a list of string literals
 * ({@code Set.of("jan", "feb", "mar")}), as a regex alternation ({@code "(?i:last|this|next)"}) or as words
 * inside a regular expression ({@code "jan(?:uary)?|feb(?:ruary)?"}); the scan collects all three from the main
 * sources and counts, per source file and list, the list's entries it finds. Three or more is a copy. A single
 * word spelled in a pattern ("ago", "quarter") is grammar, not a list.
 */
class WordListsInOnePlaceTest {
    private static final Path MAIN = Path.of("src/main/java/io/factunit");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*+)\"");
    private static final Pattern COMMENT = Pattern.compile("/\\*(?s:.*?)\\*/|//[^\\n]*+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*+,\\s*+");
    private static final Pattern ALTERNATION = Pattern.compile("[A-Za-z][A-Za-z' -]*+(?:\\|[A-Za-z][A-Za-z' -]*+)++");
    /** What makes a literal a regular expression: a group or an alternation. */
    private static final Pattern REGEX = Pattern.compile("\\(\\?|\\|");
    /** An escape in a regex literal (a backslash written twice, then a letter: b, s, d): no part of a word. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\\\\\[A-Za-z]");
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]{2,}+");

    /**
     * Words a list shares with code that reads no text of an article: the command line's file sizes ("5MB",
     * "512KB") are no units of measure a sentence states.
     */
    private static final Set<String> NOT_THE_LANGUAGE = Set.of("article/LoadOptions.java: unit.txt");
    /**
     * Gazetteers of the world's given names and WordNet's nouns: any English source spells three of their tens of
     * thousands of words by chance ("may", "june", "unit"), and no class keeps a copy of them.
     */
    private static final Set<WordList> GAZETTEERS =
            Set.of(WordList.GIVEN_NAME, WordList.WORDNET_PROPER_NOUN, WordList.WORDNET_PERSON_NOUN);

    @Test
    void noSourceFileSpellsOutAWordListOfTheLanguage() throws IOException {
        Set<String> copies = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String list : copies(Files.readString(file))) {
                    copies.add(MAIN.relativize(file).toString().replace('\\', '/') + ": " + list);
                }
            }
        }
        copies.removeAll(NOT_THE_LANGUAGE);
        assertThat(copies).isEmpty();
    }

    /** The classes that kept their own copies longest: a list spelled again in any of them is caught. */
    @Test
    void theScanCatchesTheListsTheseClassesOnceKept() {
        assertThat(copies("final class DatelineDetector { static final String MONTH = "
                + "\"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?\"; }"))
                .containsExactly("month-abbreviation.txt", "month.txt");
        assertThat(copies("record NameSpelling() { static final Set<String> SUFFIXES = Set.of(\"jr\", \"sr\", \"iii\"); "
                + "static final Set<String> HONORIFICS = Set.of(\"mr\", \"mrs\",\n \"dr\"); "
                + "static final Set<String> PARTICLES = Set.of(\"abu\", \"al\", \"bin\"); }"))
                .containsExactly("honorific.txt", "name-particle.txt", "name-suffix.txt");
        assertThat(copies("final class QuoteEvaluator { static final Set<String> PRONOUNS = Set.of(\"he\", \"she\", \"they\"); }"))
                .containsExactly("subject-pronoun.txt");
        assertThat(copies("final class Offices { List<String[]> OFFICES = List.of(new String[] {\"prime minister\", "
                + "\"premier\", \"foreign minister\"}, new String[] {\"president\"}); }"))
                .containsExactly("office.txt");
    }

    @Test
    void theScanSeesEachWayOfSpellingAList() {
        assertThat(spelledWords("Set<String> S = Set.of(\"jan\", \"feb\",\n \"mar\");"))
                .contains("jan", "feb", "mar");
        assertThat(spelledWords("String R = \"\\\\b(?i:last|this|next)\\\\s+\";")).contains("last", "this", "next");
        assertThat(spelledWords("String M = \"(?:jan(?:uary)?|feb(?:ruary)?\\\\.?\\\\bmar\";")).contains("jan", "feb", "mar")
                .doesNotContain("bmar");
        assertThat(spelledWords("String message = \"a folder with one article checks nothing\";")).isEmpty();
        assertThat(spelledWords(withoutComments("/** \"jan\", \"feb\", \"mar\" */ int x; // \"a|b\""))).isEmpty();
    }

    /** The files of the lists that {@code source} spells three or more entries of. */
    private static Set<String> copies(String source) {
        Set<String> spelled = spelledWords(withoutComments(source));
        Set<String> copies = new TreeSet<>();
        for (WordList list : WordList.values()) {
            if (GAZETTEERS.contains(list)) {
                continue;
            }
            long found = TestLanguage.ENGLISH.words(list).words().stream().filter(word -> word.length() > 1)
                    .filter(word -> spelled.contains(word.toLowerCase(Locale.ROOT))).count();
            if (found >= 3) {
                copies.add(list.file());
            }
        }
        return copies;
    }

    /** The source without its comments, where words are quoted as examples. */
    static String withoutComments(String source) {
        return COMMENT.matcher(source).replaceAll(" ");
    }

    /** Words spelled as items of a literal list, of an alternation or inside a regular expression, lower case. */
    static Set<String> spelledWords(String source) {
        Set<String> words = new HashSet<>();
        Matcher literal = LITERAL.matcher(source);
        int previousEnd = -1;
        String previous = null;
        while (literal.find()) {
            // two literals with only a comma between them are items of one list
            if (previous != null && LIST_SEPARATOR.matcher(source.substring(previousEnd, literal.start())).matches()) {
                words.add(previous.toLowerCase(Locale.ROOT));
                words.add(literal.group(1).toLowerCase(Locale.ROOT));
            }
            previous = literal.group(1);
            previousEnd = literal.end();
            Matcher alternation = ALTERNATION.matcher(literal.group(1));
            while (alternation.find()) {
                for (String word : List.of(alternation.group().split("\\|"))) {
                    words.add(word.strip().toLowerCase(Locale.ROOT));
                }
            }
            if (REGEX.matcher(literal.group(1)).find()) {
                Matcher letters = LETTERS.matcher(ESCAPE.matcher(literal.group(1)).replaceAll(" "));
                while (letters.find()) {
                    words.add(letters.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }
}
