package io.factunit.analysis.nlp;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/** OpenNLP's own POS tagger: a beam search of the width the model asks for (3 for the UD models). */
final class OpenNlpTagger implements Tagger {
    private final POSTaggerME tagger;

    OpenNlpTagger(POSModel model) {
        this.tagger = new POSTaggerME(model, POSTagFormat.UD);
    }

    @Override
    public String[] tag(String[] words) {
        return tagger.tag(words);
    }
}
