package io.factunit.analysis;

import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags a sentence with OpenNLP's maxent POS model one token at a time (beam width 1), taking for each token
 * the outcome with the largest feature sum ({@link FastMaxent#best}). {@code POSTaggerME} searches a beam of
 * 3, and for every token and beam entry normalises all outcomes with {@code StrictMath.exp} and sorts them:
 * two thirds of the tagging time. Greedy decoding gives what {@code POSTaggerME} gives with beam 1; on the
 * seed articles beam 1 and beam 3 agree on every tag ({@code TextAnalyzerEquivalenceTest}). Not
 * thread-safe (the context generator caches): one per thread.
 */
final class GreedyTagger {
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final FastMaxent model;

    GreedyTagger(POSModel pos, FastMaxent model) {
        this.contexts = pos.getFactory().getPOSContextGenerator(1);
        this.validator = pos.getFactory().getSequenceValidator();
        this.model = model;
    }

    String[] tag(String[] words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String[] context = contexts.getContext(i, words, tags, null);
            int best = model.best(context);
            tags[i] = validator.validSequence(i, words, tags, model.getOutcome(best)) ? model.getOutcome(best)
                    : bestValid(i, words, tags, model.sums(context));
        }
        return tags;
    }

    /** The highest-scoring outcome the validator accepts (without a tag dictionary it accepts all). */
    private String bestValid(int index, String[] words, String[] tags, double[] sums) {
        while (true) {
            int best = -1;
            for (int k = 0; k < sums.length; k++) {
                if (sums[k] != Double.NEGATIVE_INFINITY && (best < 0 || sums[k] > sums[best])) {
                    best = k;
                }
            }
            if (best < 0) {
                return model.getOutcome(0);
            }
            if (validator.validSequence(index, words, tags, model.getOutcome(best))) {
                return model.getOutcome(best);
            }
            sums[best] = Double.NEGATIVE_INFINITY;
        }
    }
}
