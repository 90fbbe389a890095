package io.factunit.mention.person;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.analysis.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * A word as a name sees it: the tokenizer splits "Amir-Abdolahian" and "al-Nahl" at the hyphen, so tokens
 * touching a hyphen with no space between are joined back into one word.
 *
 * @param word       the word as written: the token's own {@link Word}, or a fresh one for a joined word
 * @param firstToken index of its first token in the sentence
 * @param lastToken  index of its last token
 * @param upos       part of speech of its first token
 */
record NameWord(Word word, int start, int end, int firstToken, int lastToken, String upos) {

    static List<NameWord> of(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<NameWord> words = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int last = i;
            while (last + 1 < tokens.size() && hyphenJoined(tokens.get(last), tokens.get(last + 1))) {
                last++;
            }
            Token first = tokens.get(i);
            int end = tokens.get(last).end();
            Word word = last == i ? first.word()
                    : Word.of(sentence.text().substring(first.start() - sentence.start(), end - sentence.start()));
            words.add(new NameWord(word, first.start(), end, i, last, first.upos()));
            i = last + 1;
        }
        return words;
    }

    private static boolean hyphenJoined(Token left, Token right) {
        return left.end() == right.start() && (left.text().endsWith("-") || right.text().startsWith("-"));
    }

    /** The word as written. */
    String text() {
        return word.text();
    }

    /** The word lower-cased, as the lexicon looks words up. */
    String lower() {
        return PersonLexicon.wordPhrase(word);
    }
}
