package io.factunit.mention;

import io.factunit.analysis.AnalyzedArticle;
import java.util.List;

/** Finds one kind of mention in an analysed article. Finders are independent and stateless. */
@FunctionalInterface
public interface MentionFinder {
    List<? extends Mention> find(AnalyzedArticle article);
}
