package io.factunit.mention.date;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.analysis.Word;
import io.factunit.language.TestLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link ClauseIndex} must give exactly the tense of the windowed scan ({@link TenseCues#tense}). */
class ClauseIndexTest {
    private static final TenseCues CUES = DateWords.of(TestLanguage.ENGLISH).tenseCues;

    /** Cue words, boundaries, words they hide in, and marks, glued in random order. */
    private static final String[] PIECES = {"that", "That", "which", "whom", "whose", "but", "since", "after",
        "when", "will", "Will", "shall", "won\u2019t", "won't", "is to", "are  to", "set to", "plans to", "plan to",
        "expected\tto", "going to", "due on", "scheduled for", "slated on", "next", "upcoming", "they\u2019ll",
        "we'll", "'ll", "willing", "tomorrow", "nextly", "thatch", "October 7", "on Tuesday", "said", "met", "the",
        "a", "x", "_", "5", "2024", ",", ", ", ":", ": ", ";", "(", ")", "[", "]", "\"", "\u201C", "\u201D", " ",
        "  ", "   ", " - ", " -  - ", " \u2013 ", "\u2014", "-", ".", "\u00A0", "\u00E9"};
    private static final String[] RARE = {"e\u0301", "\uD83D\uDE00"};
    private static final List<String> VERBS = List.of("will", "Will", "shall", "said", "met", "is", "are", "set",
            "plans", "plan", "going");

    @Test
    void givesTheTenseOfTheWindowedScan() {
        Random random = new Random(13);
        int indexed = 0;
        int asked = 0;
        for (int round = 0; round < 300; round++) {
            Sentence sentence = sentence(random, 37 + random.nextInt(50), round % 10 == 9);
            ClauseIndex index = ClauseIndex.of(CUES, sentence);
            for (int[] span : spans(random, sentence)) {
                Tense expected = CUES.tense(sentence, span[0], span[1]);
                Tense fromIndex = index == null ? null : index.indexedTense(span[0], span[1]);
                asked++;
                if (fromIndex != null) {
                    indexed++;
                    assertThat(fromIndex).as("%s [%d, %d) of %s", span[0], span[1], sentence.start(), sentence.text())
                            .isEqualTo(expected);
                }
                if (index != null) {
                    assertThat(index.tense(span[0], span[1])).isEqualTo(expected);
                }
            }
        }
        // the spans are cut at cue edges on purpose, so many fall back; real dates end where words end
        assertThat(indexed).as("answered from the index").isGreaterThan(asked / 3);
    }

    @Test
    void aSentenceOfDatesIsAnsweredFromTheIndex() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_900) {
            text.append("October 7 ");
        }
        Sentence sentence = sentence(text.toString().trim(), 0, new Random(1));
        ClauseIndex index = ClauseIndex.of(CUES, sentence);
        assertThat(index).isNotNull();
        for (int at = 0; at + 9 <= sentence.text().length(); at += 10) {
            assertThat(index.indexedTense(at, at + 9)).isEqualTo(CUES.tense(sentence, at, at + 9))
                    .isEqualTo(Tense.PAST);
        }
    }

    /** Random date spans, and spans whose window edges (300 chars away) fall at, before and after each cue. */
    private static List<int[]> spans(Random random, Sentence sentence) {
        String text = sentence.text();
        int base = sentence.start();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int from = random.nextInt(text.length() + 1);
            int to = Math.min(text.length(), from + 1 + random.nextInt(12));
            spans.add(new int[] {base + from, base + to});
        }
        for (Token token : sentence.tokens()) {
            if (random.nextInt(4) == 0) {
                spans.add(new int[] {token.start(), token.end()});
            }
        }
        List<int[]> edges = new ArrayList<>();
        for (java.util.regex.Pattern pattern : List.of(CUES.clauseBoundary, CUES.futureCue)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                edges.add(new int[] {m.start(), m.end()});
            }
        }
        for (int[] edge : edges) {
            for (int delta = -2; delta <= 2; delta++) {
                for (int cueAt : edge) {
                    int from = cueAt + TenseCues.CONTEXT + delta;
                    if (from >= 0 && from <= text.length()) {
                        spans.add(new int[] {base + from, base + Math.min(text.length(), from + 9)});
                    }
                    int to = cueAt - TenseCues.CONTEXT + delta;
                    if (to >= 0 && to <= text.length()) {
                        spans.add(new int[] {base + Math.max(0, to - 9), base + to});
                    }
                    int near = cueAt + delta;
                    if (near >= 0 && near <= text.length()) {
                        spans.add(new int[] {base + near, base + Math.min(text.length(), near + 5)});
                        spans.add(new int[] {base + Math.max(0, near - 5), base + near});
                    }
                }
            }
        }
        return spans;
    }

    private static Sentence sentence(Random random, int start, boolean rare) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(random.nextBoolean() ? 80 : 1_300);
        while (text.length() < length) {
            if (rare && random.nextInt(40) == 0) {
                text.append(RARE[random.nextInt(RARE.length)]);
            } else if (random.nextInt(3) == 0) {
                text.append(" ".repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 60 : 3)));
            } else {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return sentence(text.toString(), start, random);
    }

    /** A sentence of the text at an offset, split into tokens at spaces; verbs tagged, and some other words. */
    private static Sentence sentence(String text, int start, Random random) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            boolean verb = VERBS.contains(word) || random.nextInt(12) == 0;
            tokens.add(new Token(Word.of(word), start + i, start + end, verb ? "VERB" : "NOUN", word.toLowerCase()));
            i = end;
        }
        return new Sentence(0, start, start + text.length(), text, tokens);
    }
}
