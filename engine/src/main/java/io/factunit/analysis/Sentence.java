package io.factunit.analysis;

import java.util.List;

/**
 * One sentence of an article, with its tokens.
 *
 * @param index  position among the article's analysed sentences, from 0
 * @param start  offset of its first character in the article text
 * @param end    offset after its last character
 * @param text   the sentence as written
 * @param tokens its tokens, in order
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Index of the first token starting at or after an offset, or tokens().size(). */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
