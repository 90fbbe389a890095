package io.factunit.analysis;

import io.factunit.article.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Splits articles into sentences and UPOS-tagged tokens with Apache OpenNLP's English UD-EWT models.
 * Models are loaded once per JVM and shared; the OpenNLP front ends are not thread-safe, so each thread
 * gets its own. Paragraphs are split on line breaks first: news text puts one paragraph per line, and the
 * sentence model would otherwise glue a headline to the paragraph after it.
 * <p>
 * {@link #shared()} is the fast analyser the pipeline uses: it tags only sentences a mention finder can use
 * ({@link TaggingAnchors}; the others get upos "X" and lower-case lemmas), decodes tags greedily
 * ({@link GreedyTagger}), and lets the tokenizer keep purely alphanumeric words whole without asking the
 * model. {@link #reference()} is OpenNLP as configured by the models (every sentence, beam search of 3, the
 * model on every character); tests compare the two.
 */
public final class TextAnalyzer {
    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String UNTAGGED = "X";

    /**
     * A longer run without whitespace is no word (base64, minified script, a corrupt line) and is left out of
     * analysis: OpenNLP's tokenizer costs the square of a word's length (every split point gets the whole
     * prefix and suffix as features), so a 5 MB "word" would never finish.
     */
    static final int MAX_WORD = 100;
    /** A longer sentence (a paragraph without full stops) is analysed in pieces cut at spaces. */
    static final int MAX_SENTENCE = 2_000;

    /**
     * One {@link Word} per distinct text, shared by its tokens, found by the chars of the sentence without
     * copying them: what is worked out about a word is kept in it, and a lookup that still goes by text (the
     * tagger's word features) finds its key by identity, with the hash already computed.
     */
    private static final TextTable<Word> WORDS = new TextTable<>(100_000);
    private static final Function<String, Word> NEW_WORD = Word::new;

    private static volatile TextAnalyzer shared;
    private static volatile TextAnalyzer reference;

    private final boolean fast;
    private final Lemmatizer lemmatizer = new Lemmatizer();
    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<Tokenizer> tokenizers;
    private final ThreadLocal<Tagger> taggers;

    /** Cuts one sentence into tokens. */
    @FunctionalInterface
    private interface Tokenizer {
        Span[] tokenizePos(String text);
    }

    /** Tags the words of one sentence. */
    @FunctionalInterface
    private interface Tagger {
        String[] tag(String[] words);
    }

    private TextAnalyzer(Models models, boolean fast) {
        this.fast = fast;
        TokenizerModel tokenizerModel = fast ? models.alphanumericTokenizer() : models.tokenizer;
        SentenceModel sentenceModel = fast ? models.fastSentence() : models.sentence;
        sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        TextTable<int[]> pieces = CachingTokenizer.newPieces();
        tokenizers = ThreadLocal.withInitial(() -> fast
                ? new CachingTokenizer(tokenizerModel, pieces)::tokenizePos
                : new TokenizerME(tokenizerModel)::tokenizePos);
        taggers = ThreadLocal.withInitial(() -> fast && models.fastPos != null
                ? new GreedyTagger(models.pos, models.fastPos, models.posFeatures)::tag
                : new POSTaggerME(models.pos, POSTagFormat.UD)::tag);
    }

    /** The JVM-wide analyzer; models are loaded on first use. */
    public static TextAnalyzer shared() {
        TextAnalyzer result = shared;
        if (result == null) {
            synchronized (TextAnalyzer.class) {
                result = shared;
                if (result == null) {
                    result = new TextAnalyzer(Models.get(), true);
                    shared = result;
                }
            }
        }
        return result;
    }

    /** OpenNLP exactly as the models are configured, every sentence tagged: the yardstick for {@link #shared()}. */
    public static TextAnalyzer reference() {
        TextAnalyzer result = reference;
        if (result == null) {
            synchronized (TextAnalyzer.class) {
                result = reference;
                if (result == null) {
                    result = new TextAnalyzer(Models.get(), false);
                    reference = result;
                }
            }
        }
        return result;
    }

    /** Analyses an article; the anchor words (the finders') decide which sentences the fast analyser tags. */
    public AnalyzedArticle analyze(Article article, AnchorWords anchorWords) {
        String text = article.text();
        List<Paragraph> paragraphs = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            // Boilerplate may cover a whole line or only its start or end (pages glued without a newline).
            for (io.factunit.article.Span part : article.analysableParts(lineStart, lineEnd)) {
                split(text, part.start(), part.end(), paragraphs);
            }
            lineStart = lineEnd + 1;
        }
        return new AnalyzedArticle(article, tokenize(paragraphs, anchorWords));
    }

    /** Analyses one stand-alone piece of text (a rule example, a test sentence). */
    public List<Sentence> analyze(String text, AnchorWords anchorWords) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            split(text, lineStart, lineEnd, paragraphs);
            lineStart = lineEnd + 1;
        }
        return tokenize(paragraphs, anchorWords);
    }

    /** The sentences of one paragraph, as offsets and text, before tokenizing. */
    private record Paragraph(List<Integer> starts, List<String> texts) {
    }

    private void split(String text, int start, int end, List<Paragraph> out) {
        String paragraph = text.substring(start, end);
        if (paragraph.isBlank()) {
            return;
        }
        List<Integer> starts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Span[] spans = sentences.get().sentPosDetect(paragraph);
        for (int k = 0; k < spans.length; k++) {
            Span trimmed = spans[k].trim(paragraph);
            // the model may take the point of "$1.5 billion" for a full stop: a sentence never ends inside a number
            while (k + 1 < spans.length && endsInsideNumber(paragraph, trimmed.getEnd())) {
                trimmed = new Span(trimmed.getStart(), spans[++k].trim(paragraph).getEnd());
            }
            if (trimmed.length() == 0) {
                continue;
            }
            int from = trimmed.getStart();
            while (from < trimmed.getEnd()) {
                int to = pieceEnd(paragraph, from, trimmed.getEnd());
                Span piece = new Span(from, to).trim(paragraph);
                if (piece.length() > 0) {
                    starts.add(start + piece.getStart());
                    texts.add(piece.getCoveredText(paragraph).toString());
                }
                from = to;
            }
        }
        if (!texts.isEmpty()) {
            out.add(new Paragraph(starts, texts));
        }
    }

    /** Whether the text before {@code end} is a decimal number ("1.5"), whose point ends no sentence. */
    private static boolean endsInsideNumber(String text, int end) {
        int i = end - 1;
        while (i >= 0 && Character.isDigit(text.charAt(i))) {
            i--;
        }
        return i < end - 1 && i >= 1 && text.charAt(i) == '.' && Character.isDigit(text.charAt(i - 1));
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

    private List<Sentence> tokenize(List<Paragraph> paragraphs, AnchorWords anchorWords) {
        List<String> all = new ArrayList<>();
        paragraphs.forEach(p -> all.addAll(p.texts()));
        TaggingAnchors anchors = fast ? TaggingAnchors.of(anchorWords, all) : null;
        List<Sentence> result = new ArrayList<>(all.size());
        for (Paragraph paragraph : paragraphs) {
            List<String> texts = paragraph.texts();
            boolean[] tag = new boolean[texts.size()];
            for (int i = texts.size() - 1; i >= 0; i--) {
                tag[i] |= anchors == null || anchors.needsTags(texts.get(i));
                // A sentence starting in lower case was split off after an abbreviation; finders read it
                // together with the sentence before ("will arrive at 8:30 a.m. | on Thursday").
                if (tag[i] && i > 0 && Character.isLowerCase(texts.get(i).charAt(0))) {
                    tag[i - 1] = true;
                }
            }
            for (int i = 0; i < texts.size(); i++) {
                Sentence sentence = sentence(result.size(), paragraph.starts().get(i), texts.get(i), tag[i]);
                if (sentence != null) {
                    result.add(sentence);
                }
            }
        }
        return result;
    }

    /** The sentence, or null when it holds no word (only runs longer than MAX_WORD). */
    private Sentence sentence(int index, int start, String text, boolean tagged) {
        // The UD models were trained on ASCII quotes; typographic ones glue to words ("Hamas’s", "positive”").
        // Swapping them one char for one keeps every offset valid; so does blanking overlong runs.
        String ascii = forModels(text);
        Span[] spans = tokenizers.get().tokenizePos(ascii);
        if (spans.length == 0) {
            return null;
        }
        Word[] words = words(text, spans);
        String[] tags = null;
        if (tagged) {
            tags = taggers.get().tag(texts(ascii == text ? words : words(ascii, spans)));
        }
        List<Token> tokens = new ArrayList<>(words.length + 4);
        for (int i = 0; i < words.length; i++) {
            addToken(tokens, words[i], start + spans[i].getStart(), tags == null ? UNTAGGED : tags[i]);
        }
        return new Sentence(index, start, start + text.length(), text, tokens);
    }

    /**
     * The UD tokenizer keeps possessives in the word ("Israel’s" tagged PROPN+PART); split them off so the
     * noun is a token of its own, as the mention finders expect.
     */
    private void addToken(List<Token> tokens, Word word, int start, String tag) {
        int plus = tag.indexOf('+');
        String upos = plus < 0 ? tag : tag.substring(0, plus);
        String text = word.text();
        int split = possessiveSplit(text);
        if (split > 0 && ("NOUN".equals(upos) || "PROPN".equals(upos) || UNTAGGED.equals(upos) || plus >= 0)) {
            Word base = WORDS.get(text, 0, split, NEW_WORD);
            tokens.add(new Token(base, start, start + split, upos, lemmatizer.lemma(base, upos)));
            Word suffix = WORDS.get(text, split, text.length(), NEW_WORD);
            tokens.add(new Token(suffix, start + split, start + text.length(), "PART", "'s"));
            return;
        }
        tokens.add(new Token(word, start, start + text.length(), upos, lemmatizer.lemma(word, upos)));
    }

    private static Word[] words(String text, Span[] spans) {
        Word[] words = new Word[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = WORDS.get(text, spans[i].getStart(), spans[i].getEnd(), NEW_WORD);
        }
        return words;
    }

    private static String[] texts(Word[] words) {
        String[] texts = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            texts[i] = words[i].text();
        }
        return texts;
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

    /**
     * The text as the models read it, one char for one: typographic quotes made ASCII ({@link #asciiQuote}),
     * and runs of more than MAX_WORD non-space chars replaced by spaces. One pass, and no copy for a sentence
     * that needs neither, as most do.
     */
    static String forModels(String text) {
        char[] chars = null;
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F) {
                continue; // printable ASCII, most chars: neither a space nor a typographic quote
            }
            if (isSpace(c)) {
                chars = blankOverlong(text, chars, runStart, i);
                runStart = i + 1;
                continue;
            }
            char ascii = asciiQuote(c);
            if (ascii != c) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = ascii;
            }
        }
        chars = blankOverlong(text, chars, runStart, text.length());
        return chars == null ? text : new String(chars);
    }

    private static char[] blankOverlong(String text, char[] chars, int runStart, int runEnd) {
        if (runEnd - runStart <= MAX_WORD) {
            return chars;
        }
        char[] result = chars == null ? text.toCharArray() : chars;
        java.util.Arrays.fill(result, runStart, runEnd, ' ');
        return result;
    }

    /** Whitespace as OpenNLP's tokenizer sees it. */
    static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7F) {
            return false; // printable ASCII, most of any text: no table lookups
        }
        return c == ' ' || Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** The ASCII quote for a typographic one; any other char itself. */
    private static char asciiQuote(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
            default -> c;
        };
    }

    /** The three models, read once per JVM on first use. */
    private static final class Models {
        private static volatile Models loaded;

        final SentenceModel sentence = load(SENTENCE_MODEL, SentenceModel::new);
        final TokenizerModel tokenizer = load(TOKEN_MODEL, TokenizerModel::new);
        final POSModel pos = load(POS_MODEL, POSModel::new);
        /** The greedy taggers' word features, shared by all threads; null if the model is not of the UD layout. */
        final PosFeatures posFeatures = posFeatures(pos);
        /** The POS model re-packed for the greedy tagger; null when there are no word features. */
        final FastMaxent fastPos = posFeatures == null ? null : posFeatures.model();

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

        /**
         * The sentence model over the re-packed maxent model: the detector asks it at every full stop, and
         * the original's feature map lookups were a third of splitting. The best outcome is the same
         * ({@code FastSentenceModelTest}).
         */
        SentenceModel fastSentence() {
            MaxentModel maxent = sentence.getMaxentModel();
            return FastMaxent.supports(maxent)
                    ? new SentenceModel(sentence.getLanguage(), new FastMaxent(maxent), Map.of(), sentence.getFactory())
                    : sentence;
        }

        /**
         * The tokenizer model with OpenNLP's alphanumeric optimisation on: a word of letters and digits only
         * is kept whole instead of asking the model at each of its characters, which was three quarters of
         * the tokenizing time. The UD model ships with it off; on the seeds it never splits such a word.
         */
        TokenizerModel alphanumericTokenizer() {
            TokenizerFactory factory = new TokenizerFactory(tokenizer.getLanguage(),
                    tokenizer.getFactory().getAbbreviationDictionary(), true, null);
            MaxentModel maxent = tokenizer.getMaxentModel();
            return new TokenizerModel(FastMaxent.supports(maxent) ? new FastMaxent(maxent) : maxent, Map.of(), factory);
        }

        private static PosFeatures posFeatures(POSModel pos) {
            if (pos.getArtifact("pos.model") instanceof MaxentModel maxent && FastMaxent.supports(maxent)) {
                FastMaxent fast = new FastMaxent(maxent);
                PosFeatures features = new PosFeatures(pos.getFactory().getPOSContextGenerator(0), fast);
                return GreedyTagger.supports(features, fast) ? features : null;
            }
            return null;
        }
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
