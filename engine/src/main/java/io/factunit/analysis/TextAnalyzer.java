package io.factunit.analysis;

import io.factunit.article.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Splits articles into sentences and UPOS-tagged tokens with Apache OpenNLP's English UD-EWT models.
 * Models are loaded once per JVM and shared; the OpenNLP front ends are not thread-safe, so each thread
 * gets its own. Paragraphs are split on line breaks first: news text puts one paragraph per line, and the
 * sentence model would otherwise glue a headline to the paragraph after it.
 */
public final class TextAnalyzer {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /**
     * A longer run without whitespace is no word (base64, minified script, a corrupt line) and is left out of
     * analysis: OpenNLP's tokenizer costs the square of a word's length (every split point gets the whole
     * prefix and suffix as features), so a 5 MB "word" would never finish.
     */
    static final int MAX_WORD = 100;
    /** A longer sentence (a paragraph without full stops) is analysed in pieces cut at spaces. */
    static final int MAX_SENTENCE = 2_000;

    private static volatile TextAnalyzer shared;

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final Lemmatizer lemmatizer = new Lemmatizer();
    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizers;
    private final ThreadLocal<POSTaggerME> taggers;

    private TextAnalyzer() {
        sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
        tokenizerModel = load(TOKEN_MODEL, TokenizerModel::new);
        posModel = load(POS_MODEL, POSModel::new);
        sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
        taggers = ThreadLocal.withInitial(() -> new POSTaggerME(posModel, POSTagFormat.UD));
    }

    /** The JVM-wide analyzer; models are loaded on first use. */
    public static TextAnalyzer shared() {
        TextAnalyzer result = shared;
        if (result == null) {
            synchronized (TextAnalyzer.class) {
                result = shared;
                if (result == null) {
                    result = new TextAnalyzer();
                    shared = result;
                }
            }
        }
        return result;
    }

    public AnalyzedArticle analyze(Article article) {
        String text = article.text();
        List<Sentence> result = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            // Boilerplate may cover a whole line or only its start or end (pages glued without a newline).
            for (io.factunit.article.Span part : article.analysableParts(lineStart, lineEnd)) {
                analyzeParagraph(text, part.start(), part.end(), result);
            }
            lineStart = lineEnd + 1;
        }
        return new AnalyzedArticle(article, result);
    }

    /** Analyses one stand-alone piece of text (a rule example, a test sentence). */
    public List<Sentence> analyze(String text) {
        List<Sentence> result = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            analyzeParagraph(text, lineStart, lineEnd, result);
            lineStart = lineEnd + 1;
        }
        return result;
    }

    private void analyzeParagraph(String text, int start, int end, List<Sentence> out) {
        String paragraph = text.substring(start, end);
        if (paragraph.isBlank()) {
            return;
        }
        for (Span span : sentences.get().sentPosDetect(paragraph)) {
            Span trimmed = span.trim(paragraph);
            if (trimmed.length() == 0) {
                continue;
            }
            int from = trimmed.getStart();
            while (from < trimmed.getEnd()) {
                int to = pieceEnd(paragraph, from, trimmed.getEnd());
                Span piece = new Span(from, to).trim(paragraph);
                Sentence sentence = piece.length() == 0 ? null
                        : sentence(out.size(), start + piece.getStart(), piece.getCoveredText(paragraph).toString());
                if (sentence != null) {
                    out.add(sentence);
                }
                from = to;
            }
        }
    }

    /** Where the piece of a sentence that starts at {@code from} ends: at most MAX_SENTENCE on, after a space. */
    private static int pieceEnd(String text, int from, int end) {
        if (end - from <= MAX_SENTENCE) {
            return end;
        }
        for (int i = from + MAX_SENTENCE; i > from + MAX_SENTENCE / 2; i--) {
            if (isSpace(text.charAt(i - 1))) {
                return i;
            }
        }
        return from + MAX_SENTENCE;
    }

    /** The sentence, or null when it holds no word (only runs longer than MAX_WORD). */
    private Sentence sentence(int index, int start, String text) {
        // The UD models were trained on ASCII quotes; typographic ones glue to words ("Hamas’s", "positive”").
        // Swapping them one char for one keeps every offset valid; so does blanking overlong runs.
        String ascii = withoutOverlongWords(asciiQuotes(text));
        Span[] spans = tokenizers.get().tokenizePos(ascii);
        if (spans.length == 0) {
            return null;
        }
        String[] words = Span.spansToStrings(spans, text);
        String[] tags = taggers.get().tag(Span.spansToStrings(spans, ascii));
        List<Token> tokens = new ArrayList<>(words.length + 4);
        for (int i = 0; i < words.length; i++) {
            addToken(tokens, words[i], start + spans[i].getStart(), tags[i]);
        }
        return new Sentence(index, start, start + text.length(), text, tokens);
    }

    /**
     * The UD tokenizer keeps possessives in the word ("Israel’s" tagged PROPN+PART); split them off so the
     * noun is a token of its own, as the mention finders expect.
     */
    private void addToken(List<Token> tokens, String word, int start, String tag) {
        int plus = tag.indexOf('+');
        String upos = plus < 0 ? tag : tag.substring(0, plus);
        int split = possessiveSplit(word);
        if (split > 0 && ("NOUN".equals(upos) || "PROPN".equals(upos) || plus >= 0)) {
            String base = word.substring(0, split);
            tokens.add(new Token(base, start, start + split, upos, lemmatizer.lemma(base, upos)));
            String suffix = word.substring(split);
            tokens.add(new Token(suffix, start + split, start + word.length(), "PART", "'s"));
            return;
        }
        tokens.add(new Token(word, start, start + word.length(), upos, lemmatizer.lemma(word, upos)));
    }

    /** Where a possessive ending starts ("Hamas’s" → 5, "captives’" → 8), or -1. */
    static int possessiveSplit(String word) {
        int n = word.length();
        if (n > 2 && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S') && isApostrophe(word.charAt(n - 2))) {
            return n - 2;
        }
        if (n > 2 && isApostrophe(word.charAt(n - 1)) && (word.charAt(n - 2) == 's' || word.charAt(n - 2) == 'S')) {
            return n - 1;
        }
        return -1;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Runs of more than MAX_WORD non-space characters replaced by spaces, one char for one. */
    static String withoutOverlongWords(String text) {
        char[] chars = null;
        int runStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isSpace(text.charAt(i))) {
                if (i - runStart > MAX_WORD) {
                    chars = chars == null ? text.toCharArray() : chars;
                    java.util.Arrays.fill(chars, runStart, i, ' ');
                }
                runStart = i + 1;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** Whitespace as OpenNLP's tokenizer sees it. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    static String asciiQuotes(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
                default -> chars[i];
            };
        }
        return new String(chars);
    }

    @FunctionalInterface
    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = TextAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is missing from the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
