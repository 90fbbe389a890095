package io.factunit.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP's own sentence detector, over the model as shipped or over its re-packed maxent model
 * ({@link FastMaxent}), which splits where the original does ({@code FastSentenceModelTest}).
 */
final class OpenNlpSentenceDetector implements SentenceDetector {
    private final SentenceDetectorME detector;

    OpenNlpSentenceDetector(SentenceModel model) {
        this.detector = new SentenceDetectorME(model);
    }

    @Override
    public Range[] sentences(String paragraph) {
        Span[] spans = detector.sentPosDetect(paragraph);
        List<Range> sentences = new ArrayList<>(spans.length);
        for (Span span : spans) {
            Span trimmed = span.trim(paragraph);
            if (trimmed.length() > 0) {
                sentences.add(new Range(trimmed.getStart(), trimmed.getEnd()));
            }
        }
        return sentences.toArray(new Range[0]);
    }
}
