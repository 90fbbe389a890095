package io.factunit.analysis.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/** OpenNLP's English UD-EWT models (sentences, tokens, parts of speech), read once per JVM on first use. */
final class Models {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile Models loaded;

    final SentenceModel sentence = load(SENTENCE_MODEL, SentenceModel::new);
    final TokenizerModel tokenizer = load(TOKEN_MODEL, TokenizerModel::new);
    final POSModel pos = load(POS_MODEL, POSModel::new);

    private Models() {
    }

    static Models get() {
        Models result = loaded;
        if (result == null) {
            synchronized (Models.class) {
                result = loaded;
                if (result == null) {
                    result = new Models();
                    loaded = result;
                }
            }
        }
        return result;
    }

    /** The POS model's maxent model, which the greedy tagger re-packs; null for a model of another kind. */
    MaxentModel posMaxent() {
        return pos.getArtifact("pos.model") instanceof MaxentModel maxent ? maxent : null;
    }

    /** The POS model searching a beam of {@code width} instead of the width it ships with. */
    POSModel pos(int width) {
        MaxentModel maxent = posMaxent();
        if (maxent == null) {
            throw new IllegalStateException("the POS model is no maxent model");
        }
        return new POSModel(pos.getLanguage(), maxent, width, Map.of(), pos.getFactory());
    }

    @FunctionalInterface
    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is missing from the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
