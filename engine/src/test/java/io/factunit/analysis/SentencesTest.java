package io.factunit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sentence lookups by offset and paragraphs give the answers of a plain scan, reading the text once. */
class SentencesTest {

    @Test
    void aMentionBelongsToTheLastSentenceStartingAtOrBeforeIt() {
        List<Sentence> sentences = List.of(sentence(0, 0, 9), sentence(1, 10, 24), sentence(2, 25, 40));

        assertThat(Sentences.at(sentences, -1)).isEqualTo(0);
        assertThat(Sentences.at(sentences, 0)).isEqualTo(0);
        assertThat(Sentences.at(sentences, 9)).isEqualTo(0);
        assertThat(Sentences.at(sentences, 10)).isEqualTo(1);
        assertThat(Sentences.at(sentences, 24)).isEqualTo(1);
        assertThat(Sentences.at(sentences, 25)).isEqualTo(2);
        assertThat(Sentences.at(sentences, 1000)).isEqualTo(2);
        assertThat(Sentences.at(List.of(), 5)).isEqualTo(0);
        assertThat(Sentences.at(sentences.subList(1, 3), 5)).isEqualTo(0);
    }

    @Test
    void aLineBreakBetweenTwoSentencesEndsAParagraph() {
        String text = "One. Two.\nThree. Four.\n\nFive.";
        List<Sentence> sentences = List.of(sentence(0, 0, 4), sentence(1, 5, 9), sentence(2, 10, 16),
                sentence(3, 17, 22), sentence(4, 24, 29));

        List<List<Sentence>> paragraphs = Sentences.paragraphs(text, sentences);

        assertThat(paragraphs).extracting(p -> p.stream().map(Sentence::index).toList())
                .containsExactly(List.of(0, 1), List.of(2, 3), List.of(4));
        assertThat(Sentences.paragraphs(text, List.of())).isEmpty();
    }

    @Test
    void theSameAnswersAsAScanOnRandomSentences() {
        Random random = new Random(13);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            List<Sentence> sentences = new ArrayList<>();
            int count = random.nextInt(30);
            for (int i = 0; i < count; i++) {
                for (int gap = random.nextInt(3); gap > 0; gap--) {
                    text.append(random.nextInt(4) == 0 ? '\n' : ' ');
                }
                int start = text.length();
                text.append("x".repeat(1 + random.nextInt(8)));
                sentences.add(sentence(i, start, text.length()));
            }
            text.append(random.nextBoolean() ? "\n" : "");

            assertThat(Sentences.paragraphs(text, sentences)).isEqualTo(scannedParagraphs(text.toString(), sentences));
            for (int offset = -1; offset <= text.length() + 1; offset++) {
                assertThat(Sentences.at(sentences, offset)).isEqualTo(scannedAt(sentences, offset));
            }
        }
    }

    @Test
    void paragraphsReadEachCharOfTheTextAtMostOnce() {
        // one line of 20,000 sentences: a search for the next line break per sentence reads the rest of the line
        StringBuilder line = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            sentences.add(sentence(i, line.length(), line.length() + 4));
            line.append("Yes. ");
        }
        CountingText text = new CountingText(line.toString());

        assertThat(Sentences.paragraphs(text, sentences)).hasSize(1);
        assertThat(text.reads).isEqualTo(20_000 - 1);
    }

    private static Sentence sentence(int index, int start, int end) {
        return new Sentence(index, start, end, "x".repeat(end - start), List.of());
    }

    /** The former scans, as the reference. */
    private static List<List<Sentence>> scannedParagraphs(String text, List<Sentence> sentences) {
        List<List<Sentence>> paragraphs = new ArrayList<>();
        int first = 0;
        while (first < sentences.size()) {
            int next = first + 1;
            while (next < sentences.size()) {
                int newline = text.indexOf('\n', sentences.get(next - 1).end());
                if (newline >= 0 && newline < sentences.get(next).start()) {
                    break;
                }
                next++;
            }
            paragraphs.add(sentences.subList(first, next));
            first = next;
        }
        return paragraphs;
    }

    private static int scannedAt(List<Sentence> sentences, int offset) {
        int found = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).start() <= offset) {
                found = i;
            }
        }
        return found;
    }

    private static final class CountingText implements CharSequence {
        private final String text;
        long reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            throw new UnsupportedOperationException("the lookups read chars one by one");
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
