package io.factunit.analysis.nlp;

import java.util.Map;
import java.util.function.Supplier;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The sentence detector, tokenizer and tagger over OpenNLP's English UD-EWT models, one of each per thread
 * (OpenNLP's front ends are not thread-safe; the models and what is remembered are shared). {@link #fast()}
 * is what the pipeline uses: the maxent models re-packed ({@link FastMaxent}), the tokenizer's answer kept per
 * piece ({@link CachingTokenizer}), greedy tags over features put together per word ({@link GreedyTagger},
 * {@link PosFeatures}), each where a probe finds the model of the layout it relies on, OpenNLP's own otherwise.
 * {@link #openNlp()} is OpenNLP exactly as the models are configured: the yardstick the fast tools are held to.
 */
public final class NlpTools {
    private static volatile NlpTools fast;
    private static volatile NlpTools openNlp;

    private final ThreadLocal<SentenceDetector> sentenceDetectors;
    private final ThreadLocal<Tokenizer> tokenizers;
    private final ThreadLocal<Tagger> taggers;

    private NlpTools(Supplier<SentenceDetector> sentenceDetector, Supplier<Tokenizer> tokenizer,
            Supplier<Tagger> tagger) {
        this.sentenceDetectors = ThreadLocal.withInitial(sentenceDetector);
        this.tokenizers = ThreadLocal.withInitial(tokenizer);
        this.taggers = ThreadLocal.withInitial(tagger);
    }

    /** The JVM-wide fast tools; models are loaded on first use. */
    public static NlpTools fast() {
        NlpTools result = fast;
        if (result == null) {
            synchronized (NlpTools.class) {
                result = fast;
                if (result == null) {
                    result = fast(Models.get());
                    fast = result;
                }
            }
        }
        return result;
    }

    /** The JVM-wide OpenNLP tools as the models configure them: every char asked, a beam search of 3. */
    public static NlpTools openNlp() {
        NlpTools result = openNlp;
        if (result == null) {
            synchronized (NlpTools.class) {
                result = openNlp;
                if (result == null) {
                    Models models = Models.get();
                    result = openNlp(models, models.pos);
                    openNlp = result;
                }
            }
        }
        return result;
    }

    /** OpenNLP's own tools with a tagger searching a beam of {@code width}: 1 is what the greedy tagger gives. */
    static NlpTools openNlp(int width) {
        Models models = Models.get();
        return openNlp(models, models.pos(width));
    }

    /** This thread's sentence detector. */
    public SentenceDetector sentenceDetector() {
        return sentenceDetectors.get();
    }

    /** This thread's tokenizer. */
    public Tokenizer tokenizer() {
        return tokenizers.get();
    }

    /** This thread's tagger. */
    public Tagger tagger() {
        return taggers.get();
    }

    private static NlpTools openNlp(Models models, POSModel pos) {
        return new NlpTools(() -> new OpenNlpSentenceDetector(models.sentence),
                () -> new OpenNlpTokenizer(models.tokenizer), () -> new OpenNlpTagger(pos));
    }

    private static NlpTools fast(Models models) {
        SentenceModel sentence = fastSentence(models.sentence);
        TokenizerModel tokenizer = alphanumericTokenizer(models.tokenizer);
        TextTable<int[]> pieces = CachingTokenizer.newPieces();
        PosFeatures features = posFeatures(models);
        return new NlpTools(() -> new OpenNlpSentenceDetector(sentence),
                () -> new CachingTokenizer(tokenizer, pieces),
                features == null ? () -> new OpenNlpTagger(models.pos)
                        : () -> new GreedyTagger(models.pos, features));
    }

    /**
     * The sentence model over the re-packed maxent model: the detector asks it at every full stop, and the
     * original's feature map lookups were a third of splitting. The best outcome is the same
     * ({@code FastSentenceModelTest}).
     */
    private static SentenceModel fastSentence(SentenceModel sentence) {
        MaxentModel maxent = sentence.getMaxentModel();
        return FastMaxent.supports(maxent)
                ? new SentenceModel(sentence.getLanguage(), new FastMaxent(maxent), Map.of(), sentence.getFactory())
                : sentence;
    }

    /**
     * The tokenizer model with OpenNLP's alphanumeric optimisation on: a word of letters and digits only is
     * kept whole instead of asking the model at each of its characters, which was three quarters of the
     * tokenizing time. The UD model ships with it off, and does cut a few such words: a figure glued to its
     * unit ("300m", "2pm") or a compound ("touchscreen"). So the fast tokens differ from OpenNLP's own there,
     * and only there ({@code TaggerAgreementTest}; docs/performance.md has the rate on real news).
     */
    private static TokenizerModel alphanumericTokenizer(TokenizerModel tokenizer) {
        TokenizerFactory factory = new TokenizerFactory(tokenizer.getLanguage(),
                tokenizer.getFactory().getAbbreviationDictionary(), true, null);
        MaxentModel maxent = tokenizer.getMaxentModel();
        return new TokenizerModel(FastMaxent.supports(maxent) ? new FastMaxent(maxent) : maxent, Map.of(), factory);
    }

    /** The greedy taggers' word features, shared by all threads; null if the model is not of the UD layout. */
    private static PosFeatures posFeatures(Models models) {
        MaxentModel maxent = models.posMaxent();
        if (maxent != null && FastMaxent.supports(maxent)) {
            FastMaxent repacked = new FastMaxent(maxent);
            PosFeatures features = new PosFeatures(models.pos.getFactory().getPOSContextGenerator(0), repacked);
            return GreedyTagger.supports(features, repacked) ? features : null;
        }
        return null;
    }
}
