package io.factunit.mutate;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import java.util.List;
import java.util.Locale;

/**
 * "The same fact in the same words": a mention's tokens with a few tokens of context on each side, within its
 * sentence, made into a key that two articles share when they word the fact alike. Case and typographic
 * variants of quote marks, apostrophes and dashes do not count; a sentence edge counts as a word.
 */
final class FactWords {
    /** Tokens of context on each side of a figure, year or date: "police said 12 people were" is one fact. */
    static final int CONTEXT = 2;
    private static final String SENTENCE_EDGE = "|";

    /** The key, and the span of text it covers (context included). */
    record Words(String key, int start, int end) {
    }

    private FactWords() {
    }

    /** The tokens of {@code [start, end)} with {@code context} tokens each side; null outside one sentence. */
    static Words around(ArticleReading article, int start, int end, int context) {
        Sentence sentence = article.sentenceAt(start);
        if (sentence == null || end > sentence.end()) {
            return null;
        }
        List<Token> tokens = sentence.tokens();
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.end() > start && token.start() < end) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        int from = Math.max(0, first - context);
        int to = Math.min(tokens.size() - 1, last + context);
        StringBuilder key = new StringBuilder();
        if (first - context < 0) {
            key.append(SENTENCE_EDGE).append(' ');
        }
        key.append(key(tokens.subList(from, to + 1)));
        if (last + context >= tokens.size()) {
            key.append(' ').append(SENTENCE_EDGE);
        }
        return new Words(key.toString(), tokens.get(from).start(), tokens.get(to).end());
    }

    /** The tokens' words, normalised and joined by spaces. */
    static String key(List<Token> tokens) {
        StringBuilder key = new StringBuilder();
        for (Token token : tokens) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(normal(token.text()));
        }
        return key.toString();
    }

    /** Lower case, with curly quotes and apostrophes made straight and dashes made hyphens. */
    static String normal(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(switch (c) {
                case '\u2018', '\u2019', '\u02BC' -> '\'';
                case '\u201C', '\u201D', '\u201E' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> '-';
                default -> c;
            });
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
