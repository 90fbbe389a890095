package io.factunit.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One word list of a {@link Language}: its rows in file order, each a word (or phrase) in lower case and the
 * columns after it. A list without columns is a set of words; with one, a table from word to value.
 */
public final class WordTable {
    /** One line of the file: the word and its further columns. */
    public record Row(String word, List<String> columns) {
        /** Column {@code n} after the word (0 is the first), or "" if the line has none. */
        public String column(int n) {
            return n < columns.size() ? columns.get(n) : "";
        }

        /** The first column after the word as an integer. */
        public int number() {
            return Integer.parseInt(column(0));
        }
    }

    private final String name;
    private final List<Row> rows;
    private final Map<String, Row> byWord;

    WordTable(String name, List<Row> rows) {
        this.name = name;
        this.rows = List.copyOf(rows);
        // sized once: the gazetteers hold tens of thousands of words, read on every start
        Map<String, Row> index = new LinkedHashMap<>(rows.size() * 4 / 3 + 16);
        for (Row row : rows) {
            index.putIfAbsent(row.word(), row);
        }
        this.byWord = index;
    }

    public String name() {
        return name;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Every word, in file order. */
    public Set<String> words() {
        return byWord.keySet();
    }

    /** The words whose row passes {@code test}, in file order. */
    public List<String> words(Predicate<Row> test) {
        List<String> words = new ArrayList<>();
        for (Row row : rows) {
            if (test.test(row)) {
                words.add(row.word());
            }
        }
        return words;
    }

    public boolean contains(String lowerCaseWord) {
        return byWord.containsKey(lowerCaseWord);
    }

    /** The row of a word, or null if the list lacks it. */
    public Row row(String lowerCaseWord) {
        return byWord.get(lowerCaseWord);
    }

    /** The first column of a word's row, or null if the list lacks the word. */
    public String value(String lowerCaseWord) {
        Row row = byWord.get(lowerCaseWord);
        return row == null ? null : row.column(0);
    }

    /** Word to first column, in file order. */
    public Map<String, String> table() {
        Map<String, String> table = new LinkedHashMap<>();
        for (Row row : rows) {
            table.putIfAbsent(row.word(), row.column(0));
        }
        return table;
    }

    /** A regular-expression alternation of every word ({@link #alternation(java.util.Collection)}). */
    public String alternation() {
        return alternation(words());
    }

    /**
     * A regular-expression alternation of words, longest first, so that where one word starts another the
     * longer is tried first, as a greedy optional suffix would ("Sept|Sep", "days|day"). Metacharacters are
     * escaped; no group is added.
     */
    public static String alternation(java.util.Collection<String> words) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(words));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder regex = new StringBuilder();
        for (String word : sorted) {
            if (regex.length() > 0) {
                regex.append('|');
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
                    regex.append('\\');
                }
                regex.append(c);
            }
        }
        return regex.toString();
    }

    @Override
    public String toString() {
        return name + " " + words();
    }
}
