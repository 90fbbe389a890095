package io.factunit.analysis.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Holds the fast tools ({@link NlpTools#fast()}) to OpenNLP's own on any text, as the analysis feeds them: each
 * line a paragraph, split into sentences by OpenNLP's own detector, each sentence as the models read it
 * ({@link ModelText}). Per sentence it compares the fast sentence split and the fast tokens with OpenNLP's,
 * then tags OpenNLP's tokens three ways: the fast tagger, OpenNLP's tagger with a beam of 1 (what the greedy
 * tagger must give) and with the model's beam of 3 (what it may differ from). Shared by
 * {@code TaggerAgreementTest} and {@code factunit bench tagger-agreement}, through the engine's tests jar.
 * Not thread-safe.
 */
public final class TaggerAgreement {
    private final NlpTools fast = NlpTools.fast();
    private final NlpTools openNlp = NlpTools.openNlp();
    private final NlpTools beamOne = NlpTools.openNlp(1);

    private int paragraphs;
    private int paragraphsSplitAlike;
    private int sentences;
    private int sentencesTokenizedAlike;
    private int tokens;
    private int tokensAlike;
    private int beamOneAlike;
    private int beamThreeAlike;
    private final List<Difference> tokenDifferences = new ArrayList<>();
    private final List<Difference> beamOneDifferences = new ArrayList<>();
    private final List<Difference> beamThreeDifferences = new ArrayList<>();

    /**
     * What the comparison counted.
     *
     * @param paragraphs            non-blank lines
     * @param paragraphsSplitAlike  lines the fast sentence detector splits exactly as OpenNLP's
     * @param sentences             sentences of OpenNLP's detector
     * @param sentencesTokenizedAlike sentences whose fast tokens are exactly OpenNLP's
     * @param tokens                OpenNLP's tokens, each compared
     * @param tokensAlike           OpenNLP's tokens the fast tokenizer also gives, at the same offsets
     * @param beamOneAlike          OpenNLP's tokens the fast tagger tags as OpenNLP's tagger with a beam of 1
     * @param beamThreeAlike        the same with OpenNLP's tagger as the model configures it (beam of 3)
     */
    public record Counts(int paragraphs, int paragraphsSplitAlike, int sentences, int sentencesTokenizedAlike,
            int tokens, int tokensAlike, int beamOneAlike, int beamThreeAlike) {
    }

    /**
     * Where the fast path and OpenNLP differ: a token and its tag from each, or a stretch of the sentence and
     * the tokens each cuts it into.
     */
    public record Difference(String sentence, String token, String fast, String openNlp) {
        @Override
        public String toString() {
            return token + ": fast " + fast + ", OpenNLP " + openNlp + " in \"" + sentence + "\"";
        }
    }

    /** Compares the tools on every line of {@code text}. */
    public void add(String text) {
        for (String paragraph : text.split("\n", -1)) {
            if (!paragraph.isBlank()) {
                addParagraph(paragraph);
            }
        }
    }

    private void addParagraph(String paragraph) {
        paragraphs++;
        Range[] split = openNlp.sentenceDetector().sentences(paragraph);
        if (Arrays.equals(split, fast.sentenceDetector().sentences(paragraph))) {
            paragraphsSplitAlike++;
        }
        for (Range sentence : split) {
            addSentence(ModelText.of(paragraph.substring(sentence.start(), sentence.end())));
        }
    }

    private void addSentence(String sentence) {
        sentences++;
        Range[] expected = openNlp.tokenizer().tokenize(sentence);
        Range[] actual = fast.tokenizer().tokenize(sentence);
        if (Arrays.equals(expected, actual)) {
            sentencesTokenizedAlike++;
        }
        tokens += expected.length;
        tokensAlike += align(sentence, expected, actual);
        String[] words = new String[expected.length];
        for (int i = 0; i < words.length; i++) {
            words[i] = sentence.substring(expected[i].start(), expected[i].end());
        }
        String[] tags = fast.tagger().tag(words);
        beamOneAlike += compare(sentence, words, tags, beamOne.tagger().tag(words), beamOneDifferences);
        beamThreeAlike += compare(sentence, words, tags, openNlp.tagger().tag(words), beamThreeDifferences);
    }

    /**
     * Walks both tokenizations in text order; returns how many expected tokens the actual ones hold, and notes
     * each stretch where they cut otherwise ("3pm" against "3 | pm") as one difference.
     */
    private int align(String sentence, Range[] expected, Range[] actual) {
        int alike = 0;
        int i = 0;
        int j = 0;
        while (i < expected.length && j < actual.length) {
            if (expected[i].equals(actual[j])) {
                alike++;
                i++;
                j++;
                continue;
            }
            int start = Math.min(expected[i].start(), actual[j].start());
            int end = Math.max(expected[i].end(), actual[j].end());
            int fromI = i;
            int fromJ = j;
            while (i < expected.length && expected[i].start() < end || j < actual.length && actual[j].start() < end) {
                if (i < expected.length && expected[i].start() < end) {
                    end = Math.max(end, expected[i++].end());
                } else {
                    end = Math.max(end, actual[j++].end());
                }
            }
            tokenDifferences.add(new Difference(sentence, sentence.substring(start, end),
                    texts(sentence, actual, fromJ, j), texts(sentence, expected, fromI, i)));
        }
        if (i < expected.length || j < actual.length) {
            int start = Math.min(i < expected.length ? expected[i].start() : Integer.MAX_VALUE,
                    j < actual.length ? actual[j].start() : Integer.MAX_VALUE);
            tokenDifferences.add(new Difference(sentence, sentence.substring(start),
                    texts(sentence, actual, j, actual.length), texts(sentence, expected, i, expected.length)));
        }
        return alike;
    }

    private static String texts(String sentence, Range[] tokens, int from, int to) {
        StringBuilder texts = new StringBuilder();
        for (int k = from; k < to; k++) {
            texts.append(k == from ? "" : " | ").append(sentence, tokens[k].start(), tokens[k].end());
        }
        return texts.toString();
    }

    private static int compare(String sentence, String[] words, String[] fast, String[] openNlp,
            List<Difference> differences) {
        int alike = 0;
        for (int i = 0; i < words.length; i++) {
            if (fast[i].equals(openNlp[i])) {
                alike++;
            } else {
                differences.add(new Difference(sentence, words[i], fast[i], openNlp[i]));
            }
        }
        return alike;
    }

    public Counts counts() {
        return new Counts(paragraphs, paragraphsSplitAlike, sentences, sentencesTokenizedAlike, tokens, tokensAlike,
                beamOneAlike, beamThreeAlike);
    }

    /** The stretches the fast tokenizer cuts otherwise than OpenNLP's, with both cuts. */
    public List<Difference> tokenDifferences() {
        return List.copyOf(tokenDifferences);
    }

    /** The tokens the fast tagger tags otherwise than OpenNLP's tagger with a beam of 1. */
    public List<Difference> beamOneDifferences() {
        return List.copyOf(beamOneDifferences);
    }

    /** The tokens the fast tagger tags otherwise than OpenNLP's tagger as the model configures it. */
    public List<Difference> beamThreeDifferences() {
        return List.copyOf(beamThreeDifferences);
    }

    /** How often each pair of tags ("fast tag → OpenNLP tag") differs with the beam of 3, most frequent first. */
    public List<Map.Entry<String, Integer>> beamThreeTagPairs() {
        Map<String, Integer> pairs = new TreeMap<>();
        for (Difference difference : beamThreeDifferences) {
            pairs.merge(difference.fast() + " → " + difference.openNlp(), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(pairs.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return sorted;
    }
}
