package io.factunit.claim;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import java.util.Arrays;
import java.util.List;

/** A sentence's content words, as lemmas: what {@link Alignment#wordedLike} compares. */
final class Wording {
    /** How many tokens either side of a mention make its near words. */
    static final int NEAR = 6;

    private Wording() {
    }

    /** The distinct lemmas of the nouns, names, verbs, adjectives and adverbs of a sentence, sorted; no figures. */
    static List<String> of(Sentence sentence) {
        return of(sentence.tokens(), 0, sentence.tokens().size());
    }

    /** The same for the tokens within {@link #NEAR} of the mention spanning offsets start to end. */
    static List<String> near(Sentence sentence, int start, int end) {
        List<Token> tokens = sentence.tokens();
        int first = sentence.tokenAt(start);
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).start() < end) {
            last++;
        }
        return of(tokens, Math.max(0, first - NEAR), Math.min(tokens.size(), last + 1 + NEAR));
    }

    private static List<String> of(List<Token> tokens, int from, int to) {
        // an array sorted once, not a tree: a claim's window is a dozen words, and a story may hold 100,000 claims
        String[] words = new String[to - from];
        int count = 0;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (hasDigit(token.text())) {
                continue; // a figure is what is compared, not how its sentence is worded ("219-212" tagged ADV)
            }
            switch (token.upos()) {
                case "NOUN", "PROPN", "VERB", "ADJ", "ADV" -> words[count++] = token.lemma();
                default -> {
                }
            }
        }
        Arrays.sort(words, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || !words[i].equals(words[distinct - 1])) {
                words[distinct++] = words[i];
            }
        }
        return List.of(Arrays.copyOf(words, distinct));
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
