package io.factunit.analysis.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.postag.POSContextGenerator;

/**
 * OpenNLP's POS features of a sentence position, put together from parts that each depend on one word.
 * The UD model's feature generator ({@code generator.featuregen} in the model) gives at position i, in this
 * order: {@code def}, the suffixes and prefixes of word i and {@code w=}word i; {@code p1w=}, {@code p2w=}
 * of the two words before and {@code n1w=}, {@code n2w=} of the two after; {@code S=begin},
 * {@code p1S=begin} or {@code p2S=begin} near the start; the word class of word i ({@code wc=},
 * {@code w&c=}); then {@code t=} and {@code t2=} of the tags already decided. Building those strings and
 * hashing them for every position was most of the tagging time. Here each word's parts are built and looked
 * up in the model once per run, and a position's features are those same features in the same order, so
 * the sums are added in OpenNLP's order and the tags are bit for bit OpenNLP's ({@code PosFeaturesTest}).
 * {@link #matches} checks the layout against the model's own generator before the tagger relies on it.
 * Thread-safe and shared by all threads.
 */
final class PosFeatures {
    /** Words kept (about 0.7 KB each); beyond that the cache starts over. A news vocabulary stays well below. */
    private static final int MAX_WORDS = 50_000;
    private static final String BEGIN = "S=begin";
    /**
     * A bound on how far {@link #quickSums} can be from {@link #sums}: about 30 terms of magnitude below
     * 100 each round by at most 2^-46 relative, some 1e-12 in all; this leaves a thousandfold margin.
     */
    static final double ROUNDING = 1e-9;

    private final POSContextGenerator generator;
    private final FastMaxent model;
    private final TextTable<Word> words = new TextTable<>(MAX_WORDS);
    private final Function<String, Word> parts = this::parts;
    private final int[] beginSlots;
    private final int[] previousTagSlots;
    private final int[] previousTwoTagsSlots;
    /** Per tag before the word: the weights of its {@code t=} feature, per outcome (the second word's tag features). */
    private final double[][] afterTag;
    /** Per two tags before the word: the weights of its {@code t=} and {@code t2=} features summed per outcome. */
    private final double[][] afterTags;

    /** One word's feature strings: its own (before and after the window features) and as neighbour p1, p2, n1, n2. */
    private record Strings(String[] head, String[] tail, String[] neighbour) {
    }

    /**
     * One word's features as the tagger uses them: the model's slots of its own features (before and after
     * the window features), the uniform prior plus their weights per outcome, and its weights as a neighbour.
     * The strings are not kept: they would double the memory per word, and only {@link #context} needs them.
     */
    record Word(int[] headSlots, int[] tailSlots, double[] own, Neighbour asNeighbour) {
    }

    /**
     * A word's weights as the p1, p2, n1 and n2 neighbour, copied next to each other: a position reads four
     * neighbours' weights, and reading them from one small array per word beats four far-apart reads of the
     * model's table.
     */
    record Neighbour(int[] starts, int[] outcomes, double[] weights) {
        void addTo(double[] sums, int role) {
            for (int j = starts[role], end = starts[role + 1]; j < end; j++) {
                sums[outcomes[j]] += weights[j];
            }
        }
    }

    PosFeatures(POSContextGenerator generator, FastMaxent model) {
        this.generator = generator;
        this.model = model;
        beginSlots = new int[] {model.feature(BEGIN), model.feature("p1" + BEGIN), model.feature("p2" + BEGIN)};
        int outcomes = model.outcomes();
        previousTagSlots = new int[outcomes];
        previousTwoTagsSlots = new int[outcomes * outcomes];
        for (int first = 0; first < outcomes; first++) {
            previousTagSlots[first] = model.feature("t=" + model.getOutcome(first));
            for (int second = 0; second < outcomes; second++) {
                previousTwoTagsSlots[first * outcomes + second] =
                        model.feature("t2=" + model.getOutcome(first) + "," + model.getOutcome(second));
            }
        }
        afterTag = new double[outcomes][];
        afterTags = new double[outcomes * outcomes][];
        for (int first = 0; first < outcomes; first++) {
            afterTag[first] = new double[outcomes];
            model.add(afterTag[first], previousTagSlots[first]);
            for (int second = 0; second < outcomes; second++) {
                double[] both = new double[outcomes];
                model.add(both, previousTagSlots[second]);
                model.add(both, previousTwoTagsSlots[first * outcomes + second]);
                afterTags[first * outcomes + second] = both;
            }
        }
    }

    FastMaxent model() {
        return model;
    }

    /** The words' parts, looked up (or built) once for the sentence. */
    Word[] words(String[] sentence) {
        Word[] result = new Word[sentence.length];
        for (int i = 0; i < sentence.length; i++) {
            result[i] = word(sentence[i]);
        }
        return result;
    }

    /**
     * The sums at {@code index} added in another order: the word's own weights and those of the tags before
     * it come pre-summed, which saves most of the additions. Each sum may differ from {@link #sums} by
     * rounding, far less than {@link #ROUNDING}; the tagger takes the exact sums when the best two outcomes
     * are closer than that.
     */
    double[] quickSums(Word[] sentence, int index, int[] tags, double[] scratch) {
        double[] own = sentence[index].own;
        double[] sums = scratch;
        System.arraycopy(own, 0, sums, 0, own.length);
        addWindow(sums, sentence, index);
        double[] tagWeights = index >= 2 ? afterTags[tags[index - 2] * afterTag.length + tags[index - 1]]
                : index == 1 ? afterTag[tags[0]] : null;
        if (tagWeights != null) {
            for (int k = 0; k < sums.length; k++) {
                sums[k] += tagWeights[k];
            }
        }
        return sums;
    }

    /** The log-linear sums at {@code index} in OpenNLP's order, given the outcome indexes of the tags before it. */
    double[] sums(Word[] sentence, int index, int[] tags) {
        double[] sums = model.priorSums();
        Word word = sentence[index];
        for (int slot : word.headSlots) {
            model.add(sums, slot);
        }
        addWindow(sums, sentence, index);
        for (int slot : word.tailSlots) {
            model.add(sums, slot);
        }
        if (index >= 1) {
            model.add(sums, previousTagSlots[tags[index - 1]]);
        }
        if (index >= 2) {
            model.add(sums, previousTwoTagsSlots[tags[index - 2] * previousTagSlots.length + tags[index - 1]]);
        }
        return sums;
    }

    /** Adds the features of the words around {@code index} and of the sentence start, in OpenNLP's order. */
    private void addWindow(double[] sums, Word[] sentence, int index) {
        if (index >= 1) {
            sentence[index - 1].asNeighbour.addTo(sums, 0);
        }
        if (index >= 2) {
            sentence[index - 2].asNeighbour.addTo(sums, 1);
        }
        if (index + 1 < sentence.length) {
            sentence[index + 1].asNeighbour.addTo(sums, 2);
        }
        if (index + 2 < sentence.length) {
            sentence[index + 2].asNeighbour.addTo(sums, 3);
        }
        if (index < 3) {
            model.add(sums, beginSlots[index]);
        }
    }

    /** The feature strings at {@code index}, in the order {@link #sums} adds them: what tests compare with OpenNLP. */
    List<String> context(String[] sentence, int index, String[] tags) {
        List<String> features = new ArrayList<>();
        Strings word = strings(sentence[index]);
        features.addAll(List.of(word.head));
        if (index >= 1) {
            features.add(strings(sentence[index - 1]).neighbour[0]);
        }
        if (index >= 2) {
            features.add(strings(sentence[index - 2]).neighbour[1]);
        }
        if (index + 1 < sentence.length) {
            features.add(strings(sentence[index + 1]).neighbour[2]);
        }
        if (index + 2 < sentence.length) {
            features.add(strings(sentence[index + 2]).neighbour[3]);
        }
        if (index < 3) {
            features.add(index == 0 ? BEGIN : "p" + index + BEGIN);
        }
        features.addAll(List.of(word.tail));
        if (index >= 1) {
            features.add("t=" + tags[index - 1]);
        }
        if (index >= 2) {
            features.add("t2=" + tags[index - 2] + "," + tags[index - 1]);
        }
        return features;
    }

    /** True when the model's own generator gives exactly the features this class puts together. */
    boolean matches(String[] sentence, String[] tags) {
        for (int i = 0; i < sentence.length; i++) {
            List<String> expected;
            synchronized (generator) {
                expected = List.of(generator.getContext(i, sentence, tags, null));
            }
            if (!context(sentence, i, tags).equals(expected)) {
                return false;
            }
        }
        return true;
    }

    Word word(String text) {
        return words.get(text, 0, text.length(), parts);
    }

    /**
     * A word's parts, from the model's generator run on the word alone: there it gives the word's own
     * features with {@code S=begin} between those before and after the window features.
     */
    private Word parts(String text) {
        Strings strings = strings(text);
        int[] headSlots = slots(strings.head);
        int[] tailSlots = slots(strings.tail);
        double[] own = model.priorSums();
        for (int slot : headSlots) {
            model.add(own, slot);
        }
        for (int slot : tailSlots) {
            model.add(own, slot);
        }
        return new Word(headSlots, tailSlots, own, asNeighbour(slots(strings.neighbour)));
    }

    private Strings strings(String text) {
        List<String> alone;
        synchronized (generator) { // OpenNLP's generators cache as they go
            alone = List.of(generator.getContext(0, new String[] {text}, new String[1], null));
        }
        int begin = alone.indexOf(BEGIN);
        if (begin < 0) {
            throw new IllegalStateException("the POS model's features lack " + BEGIN);
        }
        String[] head = alone.subList(0, begin).toArray(String[]::new);
        String[] tail = alone.subList(begin + 1, alone.size()).toArray(String[]::new);
        String token = Arrays.stream(head).filter(f -> f.startsWith("w=")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the POS model's features lack w="));
        return new Strings(head, tail, new String[] {"p1" + token, "p2" + token, "n1" + token, "n2" + token});
    }

    private Neighbour asNeighbour(int[] slots) {
        int[] starts = new int[slots.length + 1];
        for (int role = 0; role < slots.length; role++) {
            starts[role + 1] = starts[role] + model.weightCount(slots[role]);
        }
        int[] outcomes = new int[starts[slots.length]];
        double[] weights = new double[starts[slots.length]];
        for (int role = 0; role < slots.length; role++) {
            model.copyWeights(slots[role], outcomes, weights, starts[role]);
        }
        return new Neighbour(starts, outcomes, weights);
    }

    private int[] slots(String[] features) {
        int[] slots = new int[features.length];
        for (int i = 0; i < features.length; i++) {
            slots[i] = model.feature(features[i]);
        }
        return slots;
    }
}
