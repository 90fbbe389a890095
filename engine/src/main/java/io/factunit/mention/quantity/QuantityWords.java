package io.factunit.mention.quantity;

import io.factunit.analysis.Token;
import io.factunit.analysis.Word;
import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
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
    /** "aged", "age" before an age; "old" after one: {@code age-word.txt}. */
    final Set<String> ageLeads;
    final Set<String> ageEnds;
    final Set<String> clockWords;
    final Set<String> numberLabels;
    final Map<String, String> currencies;
    /** ISO 4217 codes ("USD", "EUR") by the currency's noun; only in capitals. */
    final Map<String, String> currencyCodes;
    /** Units of measure by the unit they name, in lower case: "km" and "kilometres" name "kilometre". */
    private final Map<String, String> units;
    final Set<String> reportingVerbs;
    /** The word of the unit of time an age is counted in ("year", for "Comeaux, 49,"). */
    final String yearWord;
    /** The unit of a pair with no counted noun: "passed 219-212", "won 27-24". */
    final String tallyUnit = "tally";
    /**
     * The unit of a pair in brackets after a name ("the Chiefs (2-13)", "Indianapolis (10-5)"): a record set
     * aside, which aligns with such records and never with a score the clause states ("lose 20-13").
     */
    final String asideTally = "tally-aside";
    /** Lemmas of verbs an adjective completes ("12 are dead", "left 12 dead"): the adjective says what happened. */
    final Set<String> linkingVerbs;
    /** Lemma to the word between it and an age ("die" → "at", "be" → ""): {@code age-predicate.txt}. */
    final Map<String, String> agePredicates;
    /** Subject pronouns ("he", "we"): a holder no sentence names. */
    final Set<String> subjectPronouns;
    /** Third-person singular subject pronouns ("he", "she"): a person named earlier. */
    final Set<String> personPronouns;
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
        ageLeads = CaseInsensitiveWords.of(language.words(WordList.AGE_WORD).words(row -> row.column(0).equals("BEFORE")));
        ageEnds = CaseInsensitiveWords.of(language.words(WordList.AGE_WORD).words(row -> row.column(0).equals("AFTER")));
        months = CaseInsensitiveWords.of(monthNames);
        clockWords = CaseInsensitiveWords.of(language.words(WordList.CLOCK_WORD).words());
        numberLabels = CaseInsensitiveWords.of(language.words(WordList.NUMBER_LABEL).words());
        currencies = language.words(WordList.CURRENCY).table();
        currencyCodes = language.words(WordList.CURRENCY_CODE).table();
        units = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        units.putAll(language.words(WordList.UNIT).table());
        reportingVerbs = CaseInsensitiveWords.of(language.words(WordList.REPORTING_VERB).words());
        yearWord = language.words(WordList.TIME_UNIT).rows().stream().filter(row -> row.column(1).equals("YEARS"))
                .map(WordTable.Row::word).findFirst().orElse("year");
        linkingVerbs = CaseInsensitiveWords.of(language.words(WordList.LINKING_VERB).words());
        agePredicates = language.words(WordList.AGE_PREDICATE).table();
        subjectPronouns = CaseInsensitiveWords.of(language.words(WordList.SUBJECT_PRONOUN).words());
        personPronouns = CaseInsensitiveWords.of(language.words(WordList.SUBJECT_PRONOUN)
                .words(row -> row.column(0).equals("3") && row.column(1).equals("singular")));
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

    /**
     * The unit a counted noun names, with the modifier before it ("percentage point", "square mile"), or the
     * noun itself when it is no unit of the language's list: "km" and "kilometres" are "kilometre".
     */
    String unitOf(String head, List<String> modifiers) {
        if (head == null) {
            return null;
        }
        if (!modifiers.isEmpty()) {
            String twoWords = units.get(modifiers.get(modifiers.size() - 1) + " " + head);
            if (twoWords != null) {
                return twoWords;
            }
        }
        return units.getOrDefault(head, head);
    }

    /** A rate: "mile" per "hour" is "mile-per-hour", or the list's name for it. */
    String rate(String unit, String per) {
        return units.getOrDefault(unit + " per " + per, unit + "-per-" + per);
    }

    /** Whether a word names a unit of measure ("km", "GHz"). */
    boolean isUnit(String word) {
        return units.containsKey(word);
    }

    /** Whether a number may start at this token, judged by its word alone; the answer is kept in the word. */
    boolean mayStartNumber(Token token) {
        return NUMBER_START.of(token.word(), this);
    }

    /** The words {@code startsNumber} may accept, judged by the word alone. */
    private boolean mayStartNumber(String s) {
        return !s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9' || currencies.containsKey(s)
                || (!s.isEmpty() && Character.getType(s.charAt(0)) == Character.CURRENCY_SYMBOL)
                || currencyCodes.containsKey(s)
                || numbers.isNumberWord(s) || s.equalsIgnoreCase("a") || s.equalsIgnoreCase("an")
                || s.equalsIgnoreCase("several") || s.equalsIgnoreCase("half") || s.equalsIgnoreCase("between");
    }
}
