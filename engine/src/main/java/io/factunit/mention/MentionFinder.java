package io.factunit.mention;

import io.factunit.analysis.AnalyzedArticle;
import java.util.List;
import java.util.Set;

/**
 * Finds one kind of mention in an analysed article. Finders are independent and stateless: a finder that reads
 * another kind's mentions (quotes read people) says so in {@link #needs}, and {@link MentionFinders} hands it
 * what the finders of those kinds found.
 */
public interface MentionFinder {

    /** The kind of mention it finds. */
    Class<? extends Mention> finds();

    /** The kinds of mention it reads, found by other finders before it runs; none for most finders. */
    default Set<Class<? extends Mention>> needs() {
        return Set.of();
    }

    /**
     * The words, lower case, that make a sentence worth tagging for this finder (number words, month names,
     * "he"...), from its language. The analyser tags only sentences holding one of the finders' words, a digit,
     * a quote mark or a capitalised word ({@link MentionFinders#anchorWords}).
     */
    Set<String> anchorWords();

    /** The mentions in an article; {@code earlier} holds the mentions of the kinds it {@link #needs}. */
    List<? extends Mention> find(AnalyzedArticle article, FoundMentions earlier);

    /** A finder that reads no other kind's mentions (most do not): it finds from the article alone. */
    interface SelfContained extends MentionFinder {
        /** The mentions in an article. */
        List<? extends Mention> find(AnalyzedArticle article);

        /** {@inheritDoc} Nothing is {@link #needs needed}, so {@code earlier} is not read. */
        @Override
        default List<? extends Mention> find(AnalyzedArticle article, FoundMentions earlier) {
            return find(article);
        }
    }
}
