package io.factunit.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Lemmas for nouns and verbs from LanguageTool's English morphological dictionary (morfologik FSA), chosen
 * over OpenNLP's lemmatizer, which is about ten times slower and lower-cases names. The dictionary lists
 * each inflected form with its lemma and Penn tag; we take the lemma whose tag matches the token's part of
 * speech. Lookups are not thread-safe, so each thread gets its own {@link DictionaryLookup}.
 */
public final class Lemmatizer {
    private static final String RESOURCE = "/org/languagetool/resource/en/english.dict";
    private static final Dictionary DICTIONARY = load();

    private static final ThreadLocal<DictionaryLookup> LOOKUP =
            ThreadLocal.withInitial(() -> new DictionaryLookup(DICTIONARY));
    /** A word's lemmas and common-word answer, kept in the word: they depend on the dictionary alone. */
    private static final Word.Fact<String> NOUN_LEMMA = Word.Fact.of(word -> lookUp(word, "NN"));
    private static final Word.Fact<String> VERB_LEMMA = Word.Fact.of(word -> lookUp(word, "VB"));
    private static final Word.Fact<Boolean> COMMON_WORD = Word.Fact.of(Lemmatizer::lookUpCommon);
    private static final Word.Fact<Boolean> PAST_FORM = Word.Fact.of(word -> lookUpTag(word, "VBD", "VBN"));
    private static final Word.Fact<Boolean> FINITE_FORM = Word.Fact.of(word -> lookUpTag(word, "VBD", "VBZ"));

    private static Dictionary load() {
        URL url = Lemmatizer.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("English dictionary " + RESOURCE + " is missing from the classpath");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read English dictionary " + RESOURCE, e);
        }
    }

    /** The lemma of a word with a UD part of speech; lower case; the word itself when unknown. */
    public String lemma(Word word, String upos) {
        return switch (upos) {
            case "NOUN", "PROPN" -> NOUN_LEMMA.of(word);
            case "VERB", "AUX" -> VERB_LEMMA.of(word);
            default -> word.lowerCase();
        };
    }

    /** The dictionary's lemma of a noun ("NN") or verb ("VB"), lower case; the word itself when unknown. */
    private static String lookUp(String word, String tagPrefix) {
        String lower = word.toLowerCase(Locale.ROOT);
        String found = find(lower, tagPrefix);
        if (found == null && !lower.equals(word)) {
            found = find(word, tagPrefix);
        }
        return found == null ? lower : found.toLowerCase(Locale.ROOT);
    }

    /**
     * True when the dictionary lists the lower-cased word as an ordinary word, not only as a proper noun:
     * "post", "source", "burns" are; "haniyeh", "william" are not. Lets finders tell "Post Type Selectors"
     * from a personal name.
     */
    public boolean isCommonWord(Word word) {
        return COMMON_WORD.of(word);
    }

    /**
     * True when the dictionary lists the lower-cased word as a past tense or past participle (Penn VBD, VBN):
     * "hosted", "was", "went", "set"; not "hosts", "is", "hosting". Lets a finder tell a past event from a present
     * or planned one.
     */
    public boolean canBePast(Word word) {
        return PAST_FORM.of(word);
    }

    /**
     * True when the dictionary lists the lower-cased word as a verb in the past tense or the third person
     * (Penn VBD, VBZ): "ends", "hosted"; not "term", "hosting". Lets a finder take a verb the tagger read as a
     * noun ("his term ends/NOUN in 2019").
     */
    public boolean canBeFiniteVerb(Word word) {
        return FINITE_FORM.of(word);
    }

    private static boolean lookUpTag(String word, String... tagPrefixes) {
        for (WordData entry : LOOKUP.get().lookup(word.toLowerCase(Locale.ROOT))) {
            CharSequence tag = entry.getTag();
            for (String prefix : tagPrefixes) {
                if (tag != null && tag.toString().startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean lookUpCommon(String word) {
        for (WordData entry : LOOKUP.get().lookup(word.toLowerCase(Locale.ROOT))) {
            CharSequence tag = entry.getTag();
            if (tag != null && !tag.toString().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    private static String find(String word, String tagPrefix) {
        List<WordData> entries = LOOKUP.get().lookup(word);
        for (WordData entry : entries) {
            CharSequence tag = entry.getTag();
            if (tag != null && tag.toString().startsWith(tagPrefix)) {
                return entry.getStem().toString();
            }
        }
        return null;
    }
}
