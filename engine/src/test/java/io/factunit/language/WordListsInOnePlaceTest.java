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
 * Each word list lives in its file only. A copy in Java is spelled either as a list of string literals
 * ({@code Set.of("jan", "feb", "mar")}) or as a regex alternation ({@code "(?i:last|this|next)"}); the scan
 * collects both from the main sources and counts, per source file and list, the list's entries it finds. Three
 * or more is a copy. A single word spelled in a pattern ("ago", "quarter") is grammar, not a list.
 */
class WordListsInOnePlaceTest {
    private static final Path MAIN = Path.of("src/main/java/io/factunit");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*+)\"");
    private static final Pattern COMMENT = Pattern.compile("/\\*(?s:.*?)\\*/|//[^\\n]*+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*+,\\s*+");
    private static final Pattern ALTERNATION = Pattern.compile("[A-Za-z][A-Za-z' -]*+(?:\\|[A-Za-z][A-Za-z' -]*+)++");

    /**
     * Copies that do not read the language yet (docs/language.md, "What is left"): the check kinds get no
     * language. (The benchmark's corpus generator, which writes English dates of its own, is a test fixture.)
     */
    private static final Set<String> NOT_YET_READ_FROM_THE_LANGUAGE = Set.of(
            "check/NameSpelling.java: honorific.txt", "check/NameSpelling.java: name-particle.txt",
            "check/NameSpelling.java: name-suffix.txt", "check/QuoteEvaluator.java: subject-pronoun.txt");

    /**
     * Lists that share three words with another by chance, not by copying: the clause boundaries and future cues of
     * TenseCues hold "after", "since" and "to", which date-role.txt gives roles.
     */
    private static final Set<String> SHARED_BY_CHANCE = Set.of("mention/date/TenseCues.java: date-role.txt");

    @Test
    void noSourceFileSpellsOutAWordListOfTheLanguage() throws IOException {
        Language english = Language.english();
        Set<String> copies = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Set<String> spelled = spelledWords(withoutComments(Files.readString(file)));
                for (WordList list : WordList.values()) {
                    long found = english.words(list).words().stream().filter(word -> word.length() > 1)
                            .filter(word -> spelled.contains(word.toLowerCase(Locale.ROOT))).count();
                    if (found >= 3) {
                        copies.add(MAIN.relativize(file).toString().replace('\\', '/') + ": " + list.file());
                    }
                }
            }
        }
        copies.removeAll(SHARED_BY_CHANCE);
        assertThat(copies).isEqualTo(new TreeSet<>(NOT_YET_READ_FROM_THE_LANGUAGE));
    }

    @Test
    void theScanSeesBothWaysOfSpellingAList() {
        assertThat(spelledWords("Set<String> S = Set.of(\"jan\", \"feb\",\n \"mar\");"))
                .contains("jan", "feb", "mar");
        assertThat(spelledWords("String R = \"\\\\b(?i:last|this|next)\\\\s+\";")).contains("last", "this", "next");
        assertThat(spelledWords("String message = \"a folder with one article checks nothing\";")).isEmpty();
        assertThat(spelledWords(withoutComments("/** \"jan\", \"feb\", \"mar\" */ int x; // \"a|b\""))).isEmpty();
    }

    /** The source without its comments, where words are quoted as examples. */
    static String withoutComments(String source) {
        return COMMENT.matcher(source).replaceAll(" ");
    }

    /** Words spelled as items of a literal list or of an alternation, lower case. */
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
        }
        return words;
    }
}
