package io.factunit.analysis;

import io.factunit.analysis.nlp.ModelText;
import io.factunit.analysis.nlp.NlpTools;
import io.factunit.analysis.nlp.Range;
import io.factunit.analysis.nlp.TextTable;
import io.factunit.analysis.nlp.Tokenizer;
import io.factunit.article.Article;
import io.factunit.article.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Splits articles into sentences and UPOS-tagged tokens, with the sentence detector, tokenizer and tagger of
 * {@link NlpTools} (OpenNLP's English UD-EWT models), and lemmatizes them. Paragraphs are split on line
 * breaks first: news text puts one paragraph per line, and the sentence model would otherwise glue a
 * headline to the paragraph after it.
 * <p>
 * {@link #shared()} is the fast analyser the pipeline uses: over the fast tools ({@link NlpTools#fast()}), it
 * tags only sentences a mention finder can use ({@link TaggingAnchors}; the others get upos "X" and
 * lower-case lemmas). {@link #reference()} is OpenNLP as configured by the models ({@link NlpTools#openNlp()})
 * with every sentence tagged; tests compare the two.
 */
public final class TextAnalyzer {
    private static final String UNTAGGED = "X";

    /** A longer sentence (a paragraph without full stops) is analysed in pieces cut at spaces. */
    static final int MAX_SENTENCE = 2_000;
    /** A long article's sentences are tokenized and tagged in chunks of this many, each on one thread. */
    private static final int CHUNK = 128;

    /**
     * One {@link Word} per distinct text, shared by its tokens, found by the chars of the sentence without
     * copying them: what is worked out about a word is kept in it.
     */
    private static final TextTable<Word> WORDS = new TextTable<>(100_000);
    private static final Function<String, Word> NEW_WORD = Word::new;

    private static volatile TextAnalyzer shared;
    private static volatile TextAnalyzer reference;

    private final NlpTools tools;
    /** False for the reference, which tags every sentence. */
    private final boolean onlyAnchored;
    private final Lemmatizer lemmatizer = new Lemmatizer();

    private TextAnalyzer(NlpTools tools, boolean onlyAnchored) {
        this.tools = tools;
        this.onlyAnchored = onlyAnchored;
    }

    /** The JVM-wide analyzer; models are loaded on first use. */
    public static TextAnalyzer shared() {
        TextAnalyzer result = shared;
        if (result == null) {
            synchronized (TextAnalyzer.class) {
                result = shared;
                if (result == null) {
                    result = new TextAnalyzer(NlpTools.fast(), true);
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
                    result = new TextAnalyzer(NlpTools.openNlp(), false);
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
            for (Span part : article.analysableParts(lineStart, lineEnd)) {
                split(text, part.start(), part.end(), paragraphs);
            }
            lineStart = lineEnd + 1;
        }
        return new AnalyzedArticle(article, tokenize(paragraphs, anchorWords, null));
    }

    /** Analyses one stand-alone piece of text (a rule example, a test sentence). */
    public List<Sentence> analyze(String text, AnchorWords anchorWords) {
        return analyze(text, anchorWords, null);
    }

    /** As {@link #analyze(String, AnchorWords)}; {@code inParallel} null decides by length (tests force it). */
    List<Sentence> analyze(String text, AnchorWords anchorWords, Boolean inParallel) {
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
        return tokenize(paragraphs, anchorWords, inParallel);
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
        Range[] detected = tools.sentenceDetector().sentences(paragraph);
        for (int k = 0; k < detected.length; k++) {
            Range sentence = detected[k];
            // the model may take the point of "$1.5 billion" for a full stop: a sentence never ends inside a number
            while (k + 1 < detected.length && endsInsideNumber(paragraph, sentence.end())) {
                sentence = new Range(sentence.start(), detected[++k].end());
            }
            int from = sentence.start();
            while (from < sentence.end()) {
                int to = pieceEnd(paragraph, from, sentence.end());
                // A piece is cut after a space: trim it as the sentence is trimmed.
                int pieceStart = from;
                int pieceEnd = to;
                while (pieceStart < pieceEnd && Tokenizer.isSpace(paragraph.charAt(pieceStart))) {
                    pieceStart++;
                }
                while (pieceEnd > pieceStart && Tokenizer.isSpace(paragraph.charAt(pieceEnd - 1))) {
                    pieceEnd--;
                }
                if (pieceStart < pieceEnd) {
                    starts.add(start + pieceStart);
                    texts.add(paragraph.substring(pieceStart, pieceEnd));
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
            if (Tokenizer.isSpace(text.charAt(i - 1))) {
                return i;
            }
        }
        return from + MAX_SENTENCE;
    }

    private List<Sentence> tokenize(List<Paragraph> paragraphs, AnchorWords anchorWords, Boolean inParallel) {
        List<String> all = new ArrayList<>();
        paragraphs.forEach(p -> all.addAll(p.texts()));
        TaggingAnchors anchors = onlyAnchored ? TaggingAnchors.of(anchorWords, all) : null;
        int[] starts = new int[all.size()];
        boolean[] tags = new boolean[all.size()];
        int first = 0;
        for (Paragraph paragraph : paragraphs) {
            List<String> texts = paragraph.texts();
            for (int i = texts.size() - 1; i >= 0; i--) {
                tags[first + i] |= anchors == null || anchors.needsTags(texts.get(i));
                // A sentence starting in lower case was split off after an abbreviation; finders read it
                // together with the sentence before ("will arrive at 8:30 a.m. | on Thursday").
                if (tags[first + i] && i > 0 && Character.isLowerCase(texts.get(i).charAt(0))) {
                    tags[first + i - 1] = true;
                }
                starts[first + i] = paragraph.starts().get(i);
            }
            first += texts.size();
        }
        if (inParallel == null ? all.size() < AnalyzedArticle.LONG_FROM : !inParallel) {
            List<Sentence> result = new ArrayList<>(all.size());
            for (int i = 0; i < all.size(); i++) {
                Sentence sentence = sentence(result.size(), starts[i], all.get(i), tags[i]);
                if (sentence != null) {
                    result.add(sentence);
                }
            }
            return result;
        }
        // A long article (one hostile file, a book pasted in) is tokenized and tagged in chunks on several
        // threads, as the articles of a story are; the sentences are numbered afterwards, in text order.
        Sentence[] built = new Sentence[all.size()];
        IntStream.range(0, (all.size() + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
            for (int i = chunk * CHUNK; i < Math.min(all.size(), (chunk + 1) * CHUNK); i++) {
                built[i] = sentence(-1, starts[i], all.get(i), tags[i]);
            }
        });
        List<Sentence> result = new ArrayList<>(all.size());
        for (Sentence sentence : built) {
            if (sentence != null) {
                result.add(new Sentence(result.size(), sentence.start(), sentence.end(), sentence.text(),
                        sentence.tokens()));
            }
        }
        return result;
    }

    /** The sentence, or null when it holds no word (only runs longer than {@link ModelText#MAX_WORD}). */
    private Sentence sentence(int index, int start, String text, boolean tagged) {
        // The models read ASCII quotes and no overlong runs; the swap is one char for one, so offsets hold.
        String ascii = ModelText.of(text);
        Range[] spans = tools.tokenizer().tokenize(ascii);
        if (spans.length == 0) {
            return null;
        }
        Word[] words = words(text, spans);
        String[] tags = null;
        if (tagged) {
            tags = tools.tagger().tag(texts(ascii == text ? words : words(ascii, spans)));
        }
        List<Token> tokens = new ArrayList<>(words.length + 4);
        for (int i = 0; i < words.length; i++) {
            addToken(tokens, words[i], start + spans[i].start(), tags == null ? UNTAGGED : tags[i]);
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

    private static Word[] words(String text, Range[] spans) {
        Word[] words = new Word[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = WORDS.get(text, spans[i].start(), spans[i].end(), NEW_WORD);
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
}
