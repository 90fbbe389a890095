package io.factunit.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.article.Article;
import io.factunit.article.StoryLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Remembering each word's splits changes no token: the cached tokenizer answers what TokenizerME answers. */
class CachingTokenizerTest {
    private static TokenizerModel model;
    private static List<String> texts;

    @BeforeAll
    static void texts() throws IOException {
        try (InputStream in = CachingTokenizerTest.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            model = new TokenizerModel(in);
        }
        texts = new ArrayList<>();
        for (Article article : new StoryLoader().load(Path.of("../seeds")).articles()) {
            texts.addAll(List.of(article.text().split("\n")));
        }
        texts.add("  Mr. Smith's \"deal,\" (AP) -- U.S.-brokered: 20,000; 1.9m\u00A0people\u2009left... e.g. $5bn!? ");
        texts.add("Hamas 20000 abc123 ABC x9 \u00C4BC na\u00EFve caf\u00E9s 1st U.N. l'Orient");
        texts.add("a");
        texts.add("");
        texts.add("\t\n ");
    }

    @Test
    void everyLineGetsTokenizerMesSpans() {
        TokenizerME plain = new TokenizerME(model);
        CachingTokenizer cached = new CachingTokenizer(model, CachingTokenizer.newPieces());
        for (int round = 0; round < 2; round++) { // the second round answers from the cache
            for (String text : texts) {
                Range[] expected = OpenNlpTokenizer.ranges(plain.tokenizePos(text));
                assertThat(cached.tokenize(text)).as(text).containsExactly(expected);
            }
        }
        assertThat(texts).hasSizeGreaterThan(100);
    }

    @Test
    void withTheAlphanumericOptimisationEveryLineGetsTokenizerMesSpans() {
        TokenizerModel alphanumeric = new TokenizerModel(model.getMaxentModel(), Map.of(),
                new TokenizerFactory("en", model.getFactory().getAbbreviationDictionary(), true, null));
        TokenizerME plain = new TokenizerME(alphanumeric);
        CachingTokenizer cached = new CachingTokenizer(alphanumeric, CachingTokenizer.newPieces());
        for (int round = 0; round < 2; round++) {
            for (String text : texts) {
                assertThat(cached.tokenize(text)).as(text)
                        .containsExactly(OpenNlpTokenizer.ranges(plain.tokenizePos(text)));
            }
        }
    }

    @Test
    void whitespaceIsOpenNlpsForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Tokenizer.isSpace((char) c)).as("U+%04X", c)
                    .isEqualTo(opennlp.tools.util.StringUtil.isWhitespace((char) c));
        }
    }
}
