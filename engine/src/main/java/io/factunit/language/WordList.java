package io.factunit.language;

/**
 * The word lists a language folder provides, one file each ({@code docs/language.md} describes every one).
 * A language must provide them all; a list may be empty where the language has no such words.
 */
public enum WordList {
    MONTH("month.txt"),
    MONTH_ABBREVIATION("month-abbreviation.txt"),
    WEEKDAY("weekday.txt"),
    WEEKDAY_ABBREVIATION("weekday-abbreviation.txt"),
    SEASON("season.txt"),
    PART_OF_DAY("part-of-day.txt"),
    DAY_WORD("day-word.txt"),
    DEICTIC("deictic.txt"),
    SPAN_DIRECTION("span-direction.txt"),
    PERIOD_EDGE("period-edge.txt"),
    PERIOD_PART("period-part.txt"),
    PERIOD_DRIFT("period-drift.txt"),
    PRESENT_WORD("present-word.txt"),
    VAGUE_REFERENCE("vague-reference.txt"),
    VAGUE_AMOUNT("vague-amount.txt"),
    VAGUE_DURATION_PREPOSITION("vague-duration-preposition.txt"),
    YEAR_PREFIX("year-prefix.txt"),
    DATE_PREPOSITION("date-preposition.txt"),
    DATE_ROLE("date-role.txt"),
    RANGE_CONNECTOR("range-connector.txt"),
    RECURRENCE_WORD("recurrence-word.txt"),
    FREQUENCY_ADVERB("frequency-adverb.txt"),
    QUARTER_ORDINAL("quarter-ordinal.txt"),
    CENTURY_ORDINAL("century-ordinal.txt"),
    TIME_UNIT("time-unit.txt"),
    NUMBER("number.txt"),
    ORDINAL("ordinal.txt"),
    NUMBER_SCALE("number-scale.txt"),
    NUMBER_SCALE_PLURAL("number-scale-plural.txt"),
    NUMBER_SUFFIX("number-suffix.txt"),
    CURRENCY("currency.txt"),
    CURRENCY_CODE("currency-code.txt"),
    UNIT("unit.txt"),
    CLOCK_WORD("clock-word.txt"),
    NUMBER_LABEL("number-label.txt"),
    BOUND_BEFORE("bound-before.txt"),
    BOUND_AFTER("bound-after.txt"),
    SUBJECT_PRONOUN("subject-pronoun.txt"),
    SPEECH_VERB("speech-verb.txt"),
    REPORTING_VERB("reporting-verb.txt"),
    LINKING_VERB("linking-verb.txt"),
    AGE_PREDICATE("age-predicate.txt"),
    AGE_WORD("age-word.txt"),
    NAME_PARTICLE("name-particle.txt"),
    HONORIFIC("honorific.txt"),
    NAME_SUFFIX("name-suffix.txt"),
    GIVEN_NAME("given-name.txt"),
    WORDNET_PROPER_NOUN("wordnet-proper-noun.txt"),
    WORDNET_PERSON_NOUN("wordnet-person-noun.txt"),
    PLACE("place.txt"),
    ORGANISATION("organisation.txt"),
    NATIONALITY("nationality.txt"),
    NOT_A_NAME("not-a-name.txt"),
    PLACE_LEAD("place-lead.txt"),
    PLACE_PREPOSITION("place-preposition.txt"),
    TITLE_HEAD("title-head.txt"),
    TITLE_WORD("title-word.txt"),
    RANK("rank.txt"),
    GENERIC_POSSESSOR("generic-possessor.txt"),
    ROLE_SYNONYM("role-synonym.txt"),
    OFFICE("office.txt"),
    DETERMINER("determiner.txt"),
    RELATIVE_PRONOUN("relative-pronoun.txt"),
    MODAL_VERB("modal-verb.txt"),
    AUXILIARY_VERB("auxiliary-verb.txt"),
    PRIMARY_AUXILIARY("primary-auxiliary.txt"),
    NEGATION("negation.txt"),
    STRUCTURAL_TIME_WORD("structural-time-word.txt"),
    EVENT_NOUN("event-noun.txt"),
    NOT_COUNTED("not-counted.txt"),
    CLAUSE_WORD("clause-word.txt"),
    FUTURE_CUE("future-cue.txt"),
    NOT_LENGTH_AFTER("not-length-after.txt"),
    RATE_WORD("rate-word.txt"),
    DATELINE_LEAD_IN("dateline-lead-in.txt"),
    SPELLING_VARIANT("spelling-variant.txt"),
    SPELLING_PAIR("spelling-pair.txt"),
    CONTRACTION("contraction.txt");

    private final String file;

    WordList(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /**
     * The gazetteers: the world's given names and WordNet's nouns, tens of thousands of lines, which
     * {@link Language} reads in the background.
     */
    public boolean isGazetteer() {
        return this == GIVEN_NAME || this == WORDNET_PROPER_NOUN || this == WORDNET_PERSON_NOUN;
    }
}
