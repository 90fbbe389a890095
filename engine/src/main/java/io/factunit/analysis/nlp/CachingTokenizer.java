package io.factunit.analysis.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP's maxent tokenizer with its answer remembered per word. {@code TokenizerME} cuts the text at
 * whitespace ({@link Tokenizer#isSpace} answers as OpenNLP's {@code StringUtil.isWhitespace} for every
 * char), then decides the splits inside each piece from that piece alone (its characters and the
 * model's abbreviation list), so a piece splits the same way wherever it occurs: asking the model once per
 * distinct piece gives exactly its tokens ({@code CachingTokenizerTest}), and news repeats its pieces
 * ("said,", "Hamas's", "20,000") over and over. The remembered pieces are shared by all threads (a pool's
 * threads come and go); the OpenNLP tokenizer is not thread-safe, so each thread has its own.
 */
final class CachingTokenizer implements Tokenizer {
    /** Pieces kept; beyond that the cache starts over. */
    private static final int MAX_PIECES = 100_000;
    private static final int[] WHOLE = {};

    /** The pattern with which OpenNLP keeps a piece whole without asking the model (English's). */
    private static final String ASCII_ALPHANUMERIC = "^[A-Za-z0-9]+$";

    private final TokenizerME tokenizer;
    /** True when the tokenizer keeps ASCII letters-and-digits pieces whole, which is then checked here first. */
    private final boolean alphanumericWhole;
    /** Per piece, its tokens as start and end offsets in the piece; {@link #WHOLE} when it stays one token. */
    private final TextTable<int[]> pieces;
    private final Function<String, int[]> split = this::split;

    /**
     * A tokenizer remembering into {@code pieces}, which tokenizers of other threads may share. {@code model}
     * is the tokenizer's model: when it keeps ASCII alphanumeric pieces whole, as the fast English model does,
     * such pieces (most words) skip the cache as well as the model.
     */
    CachingTokenizer(TokenizerModel model, TextTable<int[]> pieces) {
        this.tokenizer = new TokenizerME(model);
        this.pieces = pieces;
        TokenizerFactory factory = model.getFactory();
        this.alphanumericWhole = factory.isUseAlphaNumericOptimization()
                && ASCII_ALPHANUMERIC.equals(factory.getAlphaNumericPattern().pattern());
    }

    /** An empty cache of pieces for tokenizers to share. */
    static TextTable<int[]> newPieces() {
        return new TextTable<>(MAX_PIECES);
    }

    /** The tokens of the text, as {@link TokenizerME#tokenizePos} gives them. */
    @Override
    public Range[] tokenize(String text) {
        List<Range> tokens = new ArrayList<>();
        int end = text.length();
        int i = 0;
        while (i < end) {
            if (Tokenizer.isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < end && !Tokenizer.isSpace(text.charAt(i))) {
                i++;
            }
            int[] cuts = i - start < 2 || alphanumericWhole && isAsciiAlphanumeric(text, start, i) ? WHOLE
                    : pieces.get(text, start, i, split);
            if (cuts == WHOLE) {
                tokens.add(new Range(start, i));
            } else {
                for (int k = 0; k < cuts.length; k += 2) {
                    tokens.add(new Range(start + cuts[k], start + cuts[k + 1]));
                }
            }
        }
        return tokens.toArray(new Range[0]);
    }

    private static boolean isAsciiAlphanumeric(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The model's tokens of one piece, asked once per distinct piece. */
    private int[] split(String piece) {
        Span[] spans = tokenizer.tokenizePos(piece);
        if (spans.length == 1 && spans[0].getStart() == 0 && spans[0].getEnd() == piece.length()) {
            return WHOLE;
        }
        int[] cuts = new int[spans.length * 2];
        for (int k = 0; k < spans.length; k++) {
            cuts[2 * k] = spans[k].getStart();
            cuts[2 * k + 1] = spans[k].getEnd();
        }
        return cuts;
    }
}
