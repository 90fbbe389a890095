package io.factunit.mention.quantity;

import io.factunit.analysis.Token;
import io.factunit.analysis.Word;
import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.mention.CaseInsensitiveWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The quantity finder's view of a {@link Language}: number grammar, bounds, and the words that tell a count
 * from a date, a length of time, a clock time or a label; built once per language.
 */
final class QuantityWords {
    /** Whether a number may start at a word ({@link #mayStartNumber(String)}), kept in the word. */
    private static final Word.OwnedFact<QuantityWords, Boolean> NUMBER_START =
            Word.OwnedFact.of(QuantityWords::mayStartNumber);

    final Language language;
    final NumberParser numbers;
    final Bounds bounds;
    /** Units of time: a count of them is a length of time, not a count of things. */
    final Set<String> timeUnits;
    final Set<String> months;
    final Set<String> clockWords;
    final Set<String> numberLabels;
    final Map<String, String> currencies;
    final Set<String> reportingVerbs;
    /** Lemmas of verbs an adjective completes ("12 are dead", "left 12 dead"): the adjective says what happened. */
    final Set<String> linkingVerbs;
    /** Articles, demonstratives, possessives: before a number, no modifier of the count ("the 12"). */
    final Set<String> determiners;
    /** "the", "these", "their", "them" after "of": a count of part of a group ("240 of the prisoners"). */
    final Set<String> partitiveDeterminers;
    /** "more", "others": after a number, not what it counts. */
    final Set<String> notCounted;
    final Set<String> modals;
    /** Modals that make a count a possibility, not an event: "12 might have been killed". */
    final Set<String> hypotheticalModals;
    final Set<String> auxiliaries;
    final Set<String> relativePronouns;
    /** Event noun to its verb: "release" of 105, "exchange" for 240. */
    final Map<String, String> eventNouns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    /** The number words and scales: the words, besides digits, a count is written in. */
    final Set<String> anchorWords;

    private QuantityWords(Language language) {
        this.language = language;
        numbers = new NumberParser(language);
        bounds = new Bounds(language);
        timeUnits = CaseInsensitiveWords.of(language.words(WordList.TIME_UNIT).words());
        List<String> monthNames = new ArrayList<>(language.words(WordList.MONTH).words());
        for (String abbreviation : language.words(WordList.MONTH_ABBREVIATION).words()) {
            monthNames.add(abbreviation);
            monthNames.add(abbreviation + ".");
        }
        months = CaseInsensitiveWords.of(monthNames);
        clockWords = CaseInsensitiveWords.of(language.words(WordList.CLOCK_WORD).words());
        numberLabels = CaseInsensitiveWords.of(language.words(WordList.NUMBER_LABEL).words());
        currencies = language.words(WordList.CURRENCY).table();
        reportingVerbs = CaseInsensitiveWords.of(language.words(WordList.REPORTING_VERB).words());
        linkingVerbs = CaseInsensitiveWords.of(language.words(WordList.LINKING_VERB).words());
        determiners = CaseInsensitiveWords.of(language.words(WordList.DETERMINER).words());
        partitiveDeterminers = CaseInsensitiveWords.of(language.words(WordList.DETERMINER)
                .words(row -> !row.column(0).equals("INDEFINITE")));
        notCounted = CaseInsensitiveWords.of(language.words(WordList.NOT_COUNTED).words());
        modals = CaseInsensitiveWords.of(language.words(WordList.MODAL_VERB).words());
        hypotheticalModals = CaseInsensitiveWords.of(language.words(WordList.MODAL_VERB)
                .words(row -> row.column(0).equals("POSSIBLE")));
        auxiliaries = CaseInsensitiveWords.of(language.words(WordList.AUXILIARY_VERB).words());
        relativePronouns = CaseInsensitiveWords.of(language.words(WordList.RELATIVE_PRONOUN).words());
        eventNouns.putAll(language.words(WordList.EVENT_NOUN).table());
        Set<String> anchors = new HashSet<>();
        for (WordList list : List.of(WordList.NUMBER, WordList.NUMBER_SCALE, WordList.NUMBER_SCALE_PLURAL)) {
            anchors.addAll(language.words(list).words());
        }
        anchorWords = Set.copyOf(anchors);
    }

    /** The view of a language, built once and kept with it. */
    static QuantityWords of(Language language) {
        return language.view(QuantityWords.class, QuantityWords::new);
    }

    /** Whether a number may start at this token, judged by its word alone; the answer is kept in the word. */
    boolean mayStartNumber(Token token) {
        return NUMBER_START.of(token.word(), this);
    }

    /** The words {@code startsNumber} may accept, judged by the word alone. */
    private boolean mayStartNumber(String s) {
        return !s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9' || currencies.containsKey(s)
                || numbers.isNumberWord(s) || s.equalsIgnoreCase("a") || s.equalsIgnoreCase("an")
                || s.equalsIgnoreCase("several") || s.equalsIgnoreCase("half") || s.equalsIgnoreCase("between");
    }
}
