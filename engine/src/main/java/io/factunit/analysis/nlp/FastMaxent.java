package io.factunit.analysis.nlp;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maxent (GIS) model re-packed for speed, answering what the original answers. Two costs
 * dominated tagging and tokenizing: the feature lookup in a {@code LinkedHashMap} of several hundred thousand
 * nodes (a chain of cache misses per feature), and {@code StrictMath.exp} for every outcome. Here features
 * sit in one open-addressing table over flat arrays, {@link #best} ranks outcomes by their feature sums
 * without exponentials, and {@link #eval} uses the {@code Math.exp} intrinsic. Sums are added in the
 * original order from the same uniform log prior, so the best outcome is the original's. It is an
 * {@link AbstractModel} because OpenNLP's model classes accept nothing else. Thread-safe.
 */
final class FastMaxent extends AbstractModel {
    private final MaxentModel original;
    private final String[] outcomes;
    private final double logPrior;
    private final int mask;
    /**
     * Two ints per slot: the hash (0 = empty), then where the feature's weights start (low 24 bits) and how
     * many there are (high 8 bits). Small enough to stay in cache; a miss costs one read.
     */
    private final int[] table;
    private final String[] keys;
    private final int[] outcome;
    private final double[] weight;

    /** True for the GIS maxent models this class re-packs; other model types keep their own evaluation. */
    static boolean supports(MaxentModel model) {
        return model instanceof AbstractModel maxent && maxent.getModelType() == AbstractModel.ModelType.Maxent;
    }

    FastMaxent(MaxentModel model) {
        this(model, ((AbstractModel) model).getDataStructures());
    }

    @SuppressWarnings("unchecked")
    private FastMaxent(MaxentModel model, Object[] data) {
        // The features live in the arrays below, not in the superclass's map; it only keeps the outcome names.
        super(new Context[0], new String[0], (String[]) data[2]);
        if (!supports(model)) {
            throw new IllegalArgumentException("not a GIS maxent model: " + model);
        }
        modelType = ModelType.Maxent;
        original = model;
        Map<String, Context> features = (Map<String, Context>) data[1];
        outcomes = (String[]) data[2];
        logPrior = Math.log(1.0 / outcomes.length); // what UniformPrior starts every sum from
        int slots = Integer.highestOneBit(Math.max(features.size(), 1) * 3 / 2) * 2; // load factor 0.4 to 0.75
        mask = slots - 1;
        table = new int[slots * 2];
        keys = new String[slots];
        int weights = 0;
        for (Context context : features.values()) {
            weights += context.getOutcomes().length;
            if (context.getOutcomes().length > 255) {
                throw new IllegalArgumentException("a feature with more than 255 outcomes");
            }
        }
        if (weights >= 1 << 24) {
            throw new IllegalArgumentException("model too large to re-pack: " + weights + " weights");
        }
        outcome = new int[weights];
        weight = new double[weights];
        int next = 0;
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            int slot = freeSlot(feature.getKey());
            table[slot * 2] = hash(feature.getKey());
            keys[slot] = feature.getKey();
            int[] ids = feature.getValue().getOutcomes();
            double[] parameters = feature.getValue().getParameters();
            System.arraycopy(ids, 0, outcome, next, ids.length);
            System.arraycopy(parameters, 0, weight, next, ids.length);
            table[slot * 2 + 1] = next | ids.length << 24;
            next += ids.length;
        }
    }

    /** Index of the outcome with the largest feature sum; the first one on a tie, as OpenNLP does. */
    int best(String[] context) {
        return best(sums(context));
    }

    /** The log-linear sums of every outcome, before normalisation. */
    double[] sums(String[] context) {
        double[] sums = priorSums();
        for (String feature : context) {
            add(sums, slot(feature));
        }
        return sums;
    }

    /** Sums before any feature: every outcome starts from the uniform log prior. */
    double[] priorSums() {
        double[] sums = new double[outcomes.length];
        java.util.Arrays.fill(sums, logPrior);
        return sums;
    }

    /** Where the feature's weights are, for {@link #add}; -1 for a feature the model never saw (it adds nothing). */
    int feature(String key) {
        return slot(key);
    }

    /** Adds the weights of the feature at {@code slot} (from {@link #feature}) to the sums. */
    void add(double[] sums, int slot) {
        if (slot >= 0) {
            int packed = table[slot * 2 + 1];
            for (int j = packed & 0xFFFFFF, end = j + (packed >>> 24); j < end; j++) {
                sums[outcome[j]] += weight[j];
            }
        }
    }

    /** How many weights the feature at {@code slot} has (0 for -1, a feature the model never saw). */
    int weightCount(int slot) {
        return slot < 0 ? 0 : table[slot * 2 + 1] >>> 24;
    }

    /**
     * Copies the feature's outcomes and weights, in the order {@link #add} adds them, to {@code outcomes} and
     * {@code weights} from {@code at} on.
     */
    void copyWeights(int slot, int[] outcomes, double[] weights, int at) {
        if (slot >= 0) {
            int packed = table[slot * 2 + 1];
            System.arraycopy(outcome, packed & 0xFFFFFF, outcomes, at, packed >>> 24);
            System.arraycopy(weight, packed & 0xFFFFFF, weights, at, packed >>> 24);
        }
    }

    /** Index of the largest sum; the first one on a tie, as OpenNLP does. */
    static int best(double[] sums) {
        int best = 0;
        for (int i = 1; i < sums.length; i++) {
            if (sums[i] > sums[best]) {
                best = i;
            }
        }
        return best;
    }

    int outcomes() {
        return outcomes.length;
    }

    @Override
    public double[] eval(String[] context) {
        double[] probabilities = sums(context);
        double total = 0;
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = Math.exp(probabilities[i]);
            total += probabilities[i];
        }
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] /= total;
        }
        return probabilities;
    }

    @Override
    public double[] eval(String[] context, double[] probabilities) {
        double[] result = eval(context);
        System.arraycopy(result, 0, probabilities, 0, result.length);
        return probabilities;
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return original.eval(context, values); // weighted features: not used by the models we load
    }

    private int slot(String key) {
        int hash = hash(key);
        for (int i = hash & mask; table[i * 2] != 0; i = (i + 1) & mask) {
            if (table[i * 2] == hash && keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private int freeSlot(String key) {
        int i = hash(key) & mask;
        while (table[i * 2] != 0) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /**
     * The key's hash, mixed (MurmurHash3's finaliser) so that keys differing in their last characters, whose
     * {@code String} hashes are neighbours, do not pile up into long probe runs; never 0 (an empty slot).
     */
    private static int hash(String key) {
        int hash = key.hashCode();
        hash ^= hash >>> 16;
        hash *= 0x85ebca6b;
        hash ^= hash >>> 13;
        hash *= 0xc2b2ae35;
        hash ^= hash >>> 16;
        return hash == 0 ? 1 : hash;
    }
}
