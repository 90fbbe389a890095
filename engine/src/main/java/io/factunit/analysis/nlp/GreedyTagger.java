package io.factunit.analysis.nlp;

import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags a sentence with OpenNLP's maxent POS model one token at a time (beam width 1), taking for each token
 * the outcome with the largest feature sum. {@code POSTaggerME} searches a beam of 3, and for every token
 * and beam entry normalises all outcomes with {@code StrictMath.exp} and sorts them: two thirds of the
 * tagging time. Greedy decoding gives what {@code POSTaggerME} gives with beam 1; with the UD model, beam 1
 * and beam 3 agree on every tag of the seeds ({@code GreedyTaggerTest}) and of news prose not made from them
 * ({@code TaggerAgreementTest}; docs/performance.md). The features come from {@link PosFeatures}, built once
 * per word and shared. Not thread-safe (OpenNLP's validator): one per thread.
 */
final class GreedyTagger implements Tagger {
    private static final String[] PROBE = {"On", "Friday", ",", "Israel", "freed", "39", "prisoners", "."};

    private final SequenceValidator<String> validator;
    private final FastMaxent model;
    private final PosFeatures features;
    private final double[] scratch;

    /** A tagger over word features of its own. */
    GreedyTagger(POSModel pos, FastMaxent model) {
        this(pos, new PosFeatures(pos.getFactory().getPOSContextGenerator(0), model));
    }

    /** A tagger over word features shared with other threads' taggers (and their re-packed model). */
    GreedyTagger(POSModel pos, PosFeatures features) {
        this.validator = pos.getFactory().getSequenceValidator();
        this.model = features.model();
        this.features = features;
        this.scratch = new double[model.outcomes()];
    }

    /**
     * True when {@link PosFeatures} reproduces the model's feature generator (the UD models' layout); for
     * another layout the analyzer keeps OpenNLP's tagger.
     */
    static boolean supports(PosFeatures probe, FastMaxent model) {
        String[] tags = new String[PROBE.length];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = model.getOutcome(i % model.outcomes());
        }
        try {
            return probe.matches(PROBE, tags);
        } catch (IllegalStateException e) {
            return false;
        }
    }

    @Override
    public String[] tag(String[] words) {
        PosFeatures.Word[] sentence = features.words(words);
        String[] tags = new String[words.length];
        int[] outcomes = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            double[] sums = features.quickSums(sentence, i, outcomes, scratch);
            int best = 0;
            double top = sums[0];
            double runnerUp = Double.NEGATIVE_INFINITY;
            for (int k = 1; k < sums.length; k++) {
                if (sums[k] > top) {
                    runnerUp = top;
                    top = sums[k];
                    best = k;
                } else if (sums[k] > runnerUp) {
                    runnerUp = sums[k];
                }
            }
            // Another outcome so close to the best that rounding in the quick sums could decide: sum exactly.
            if (top - runnerUp < PosFeatures.ROUNDING) {
                sums = features.sums(sentence, i, outcomes);
                best = FastMaxent.best(sums);
            }
            if (!validator.validSequence(i, words, tags, model.getOutcome(best))) {
                best = bestValid(i, words, tags, features.sums(sentence, i, outcomes));
            }
            outcomes[i] = best;
            tags[i] = model.getOutcome(best);
        }
        return tags;
    }

    /** The highest-scoring outcome the validator accepts (without a tag dictionary it accepts all). */
    private int bestValid(int index, String[] words, String[] tags, double[] sums) {
        while (true) {
            int best = -1;
            for (int k = 0; k < sums.length; k++) {
                if (sums[k] != Double.NEGATIVE_INFINITY && (best < 0 || sums[k] > sums[best])) {
                    best = k;
                }
            }
            if (best < 0) {
                return 0;
            }
            if (validator.validSequence(index, words, tags, model.getOutcome(best))) {
                return best;
            }
            sums[best] = Double.NEGATIVE_INFINITY;
        }
    }
}
