package io.factunit.analysis;

import static io.factunit.language.WordList.DAY_WORD;
import static io.factunit.language.WordList.FREQUENCY_ADVERB;
import static io.factunit.language.WordList.MONTH;
import static io.factunit.language.WordList.MONTH_ABBREVIATION;
import static io.factunit.language.WordList.NUMBER;
import static io.factunit.language.WordList.NUMBER_SCALE;
import static io.factunit.language.WordList.NUMBER_SCALE_PLURAL;
import static io.factunit.language.WordList.PART_OF_DAY;
import static io.factunit.language.WordList.PERIOD_EDGE;
import static io.factunit.language.WordList.PERIOD_PART;
import static io.factunit.language.WordList.PRESENT_WORD;
import static io.factunit.language.WordList.RECURRENCE_WORD;
import static io.factunit.language.WordList.SEASON;
import static io.factunit.language.WordList.SUBJECT_PRONOUN;
import static io.factunit.language.WordList.TIME_UNIT;
import static io.factunit.language.WordList.WEEKDAY;

import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words, lower case, that make a sentence worth tagging: number words and scales, calendar and time words,
 * units of time (alone and as "weeklong"), and the third-person singular pronouns a quote may point back with.
 * Read from the language's lists, the same ones the finders read.
 */
record AnchorWords(Set<String> words) {
    private static final List<WordList> LISTS = List.of(NUMBER, NUMBER_SCALE, NUMBER_SCALE_PLURAL, MONTH,
            MONTH_ABBREVIATION, DAY_WORD, PRESENT_WORD, SEASON, PART_OF_DAY, RECURRENCE_WORD, FREQUENCY_ADVERB,
            PERIOD_PART, PERIOD_EDGE);
    /** Words the date patterns spell out themselves ("two days ago", "the third quarter", "at present"). */
    private static final List<String> PATTERN_WORDS = List.of("ago", "quarter", "present");

    static AnchorWords of(Language language) {
        return language.view(AnchorWords.class, AnchorWords::build);
    }

    private static AnchorWords build(Language language) {
        Set<String> words = new HashSet<>(PATTERN_WORDS);
        for (WordList list : LISTS) {
            words.addAll(language.words(list).words());
        }
        for (String day : language.words(WEEKDAY).words()) {
            words.add(day);
            words.add(day + "s");
        }
        for (WordTable.Row unit : language.words(TIME_UNIT).rows()) {
            words.add(unit.word());
            words.add(unit.column(0));
            words.add(unit.word() + "long"); // "weeklong": one word to the analyser
        }
        words.addAll(language.words(SUBJECT_PRONOUN).words(row -> row.column(0).equals("3")
                && row.column(1).equals("singular")));
        return new AnchorWords(Set.copyOf(words));
    }
}
