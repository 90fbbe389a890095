package io.factunit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.language.TestLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences get tagged, and what an untagged one looks like. */
class TaggingAnchorsTest {
    private final TaggingAnchors anchors = TaggingAnchors.of(TestLanguage.ANCHORS, List.of(
            "The head of the bureau, Ismail Haniyeh, arrived.", "Haniyeh said little.", "The talks ended."));

    @Test
    void sentencesWithoutAnAnchorNeedNoTags() {
        assertThat(anchors.needsTags("The talks ended.")).isFalse();
        assertThat(anchors.needsTags("It would be good if talks went on.")).isFalse();
    }

    @Test
    void digitsQuotesNumberAndDateWordsAndPronounsAreAnchors() {
        assertThat(anchors.needsTags("They freed 240 prisoners.")).isTrue();
        assertThat(anchors.needsTags("“We will not play this game.”")).isTrue();
        assertThat(anchors.needsTags("Dozens were freed.")).isTrue();
        assertThat(anchors.needsTags("The truce ended last weekend.")).isTrue();
        assertThat(anchors.needsTags("It ended, he said.")).isTrue();
    }

    @Test
    void aCapitalisedWordCountsInsideASentenceAndFirstOnlyWhenTheArticleWritesItInside() {
        assertThat(anchors.needsTags("Talks resumed in Cairo.")).isTrue();
        assertThat(anchors.needsTags("Haniyeh left.")).isTrue();
        assertThat(anchors.needsTags("Talks resumed.")).isFalse();
    }

    @Test
    void untaggedTokensAreXWithLowerCaseLemmasAndTaggedOnesAreNot() {
        List<Sentence> sentences = TextAnalyzer.shared().analyze("Talks went on.\nIsrael released 240 prisoners.", TestLanguage.ANCHORS);

        assertThat(sentences.get(0).tokens()).extracting(Token::upos).containsOnly("X");
        assertThat(sentences.get(0).tokens()).extracting(Token::lemma).containsExactly("talks", "went", "on", ".");
        assertThat(sentences.get(1).tokens()).extracting(Token::upos).doesNotContain("X");
        assertThat(sentences.get(1).tokens()).extracting(Token::lemma).contains("release", "prisoner");
    }

    @Test
    void aSentenceSplitOffAfterAnAbbreviationGetsItsPredecessorTagged() {
        List<Sentence> sentences = TextAnalyzer.shared().analyze("They met at the office of the gov. on Thursday.", TestLanguage.ANCHORS);

        assertThat(sentences).extracting(Sentence::text).containsExactly("They met at the office of the gov.",
                "on Thursday.");
        assertThat(sentences.get(0).tokens()).extracting(Token::upos).doesNotContain("X");
    }
}
