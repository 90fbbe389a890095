package io.factunit.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which sentences need part-of-speech tags: only those where a mention finder can find something.
 * Every finder starts from an anchor: a digit (quantities, dates), a number word, a date or duration word, a
 * double quote mark (quotes), "he"/"she" (who a quote's pronoun points to), or a capitalised word (names,
 * titles). A capitalised first word counts only when the article also writes it capitalised inside a
 * sentence, which is how surname-only references ("Haniyeh said.") are kept while "The talks ended." is not.
 * Tagging is the most expensive step of the pipeline, so a sentence without an anchor keeps its tokens but
 * gets no tags. The mention vocabularies are mirrored here (the analysis package does not depend on the
 * finders); {@code TaggingAnchorsVocabularyTest} fails when a finder learns a word this list lacks.
 */
public final class TaggingAnchors {
    private static final Set<String> WORDS = Set.copyOf(words());

    private final List<String> sentences;
    /** Capitalised words written inside a sentence; gathered on first need, which most articles never have. */
    private Set<String> namesInside;

    private TaggingAnchors(List<String> sentences) {
        this.sentences = sentences;
    }

    /** True for a word (lower case) that makes its sentence worth tagging: numbers, dates, durations, he/she. */
    public static boolean isAnchorWord(String word) {
        return WORDS.contains(word);
    }

    /** The anchors of one article or text, given all its sentences. Not thread-safe: one per article. */
    static TaggingAnchors of(List<String> sentences) {
        return new TaggingAnchors(sentences);
    }

    private Set<String> namesInside() {
        if (namesInside == null) {
            namesInside = new HashSet<>();
            for (String sentence : sentences) {
                int word = 0;
                int i = 0;
                while (i < sentence.length()) {
                    if (!Character.isLetter(sentence.charAt(i))) {
                        i++;
                        continue;
                    }
                    int end = wordEnd(sentence, i);
                    if (word++ > 0 && Character.isUpperCase(sentence.charAt(i))) {
                        namesInside.add(sentence.substring(i, end));
                    }
                    i = end;
                }
            }
        }
        return namesInside;
    }

    /** True when a mention finder may find something in this sentence, so its tokens need tags. */
    boolean needsTags(String sentence) {
        // Most sentences hold a digit, a quote mark or a capitalised word after the first: found by looking at
        // chars alone, before any word is copied and looked up.
        return hasDigitQuoteOrInnerCapital(sentence) || hasAnchorWord(sentence);
    }

    private static boolean hasDigitQuoteOrInnerCapital(String sentence) {
        int word = 0;
        int i = 0;
        while (i < sentence.length()) {
            char c = sentence.charAt(i);
            if (Character.isDigit(c) || isDoubleQuote(c)) {
                return true;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            if (word++ > 0 && Character.isUpperCase(c)) {
                return true;
            }
            i = wordEnd(sentence, i);
        }
        return false;
    }

    /** A listed anchor word, or a capitalised first word the article also writes inside a sentence. */
    private boolean hasAnchorWord(String sentence) {
        int word = 0;
        int i = 0;
        String capitalisedFirst = null;
        while (i < sentence.length()) {
            if (!Character.isLetter(sentence.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(sentence, i);
            if (word++ == 0 && Character.isUpperCase(sentence.charAt(i))) {
                capitalisedFirst = sentence.substring(i, end);
            }
            if (WORDS.contains(sentence.substring(i, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
            i = end;
        }
        // Asked last: a capitalised first word counts only if the article also writes it inside a sentence.
        return capitalisedFirst != null && namesInside().contains(capitalisedFirst);
    }

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201F' || c == '\u2033' || c == '\u00AB'
                || c == '\u00BB' || c == '\u201E';
    }

    private static Set<String> words() {
        Set<String> words = new HashSet<>();
        // numbers (NumberParser, QuantityFinder)
        words.addAll(List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds",
                "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "dozen", "dozens",
                "tens", "half", "several", "few"));
        // months and weekdays in any case: "march" and "may" are ordinary words, but cheap to tag
        words.addAll(List.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"));
        // time words (DateVocabulary) and units of length (DurationFinder)
        words.addAll(List.of("today", "now", "currently", "present", "yesterday", "tomorrow", "tonight", "week",
                "weekend", "month", "year", "day", "hour", "decade", "weeks", "months", "years", "days", "hours", "decades", "quarter", "century",
                "centuries", "spring", "summer", "autumn", "fall", "winter", "night", "morning", "afternoon", "evening",
                "every", "each", "annually", "yearly", "daily", "weekly", "monthly", "ago", "end", "beginning", "start",
                "middle", "early", "mid", "late", "minute", "minutes", "fortnight", "fortnights", "weeklong",
                "weekends", "nights"));
        // the person a quote's "he" or "she" points to (QuoteFinder)
        words.addAll(List.of("he", "she"));
        return words;
    }
}
