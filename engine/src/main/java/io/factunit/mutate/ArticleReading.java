package io.factunit.mutate;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.article.Article;
import io.factunit.mention.Mention;
import java.util.ArrayList;
import java.util.List;

/** One article as the checker reads it: its sentences and tokens, and every mention the finders see. */
record ArticleReading(Article article, AnalyzedArticle analyzed, List<Mention> mentions) {
    ArticleReading {
        mentions = List.copyOf(mentions);
    }

    /** The sentence holding {@code offset}, or null (furniture, or between sentences). */
    Sentence sentenceAt(int offset) {
        for (Sentence sentence : analyzed.sentences()) {
            if (sentence.start() <= offset && offset < sentence.end()) {
                return sentence;
            }
        }
        return null;
    }

    /** The tokens lying inside {@code [start, end)}, in order, over as many sentences as the span covers. */
    List<Token> tokens(int start, int end) {
        List<Token> inside = new ArrayList<>();
        for (Sentence sentence : analyzed.sentences()) {
            if (sentence.end() <= start || sentence.start() >= end) {
                continue;
            }
            for (Token token : sentence.tokens()) {
                if (token.start() >= start && token.end() <= end) {
                    inside.add(token);
                }
            }
        }
        return inside;
    }
}
