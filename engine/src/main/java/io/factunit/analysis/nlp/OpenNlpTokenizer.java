package io.factunit.analysis.nlp;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/** OpenNLP's own maxent tokenizer, asking the model at every char of every piece: the yardstick. */
final class OpenNlpTokenizer implements Tokenizer {
    private final TokenizerME tokenizer;

    OpenNlpTokenizer(TokenizerModel model) {
        this.tokenizer = new TokenizerME(model);
    }

    @Override
    public Range[] tokenize(String sentence) {
        return ranges(tokenizer.tokenizePos(sentence));
    }

    static Range[] ranges(Span[] spans) {
        Range[] ranges = new Range[spans.length];
        for (int i = 0; i < spans.length; i++) {
            ranges[i] = new Range(spans[i].getStart(), spans[i].getEnd());
        }
        return ranges;
    }
}
