package io.factunit.report;

import io.factunit.article.Article;
import io.factunit.article.HiddenCharacters;
import io.factunit.article.TextPosition;
import io.factunit.mention.Mention;
import io.factunit.mention.Timex;
import java.util.List;

/**
 * {@code factunit mentions} for the terminal: per article, one line per mention with its line:column in the
 * file, its offsets into the decoded text, kind, words, value and TIMEX3 normalisation. Words and file names
 * are shown with their hidden characters escaped, as in the text report.
 */
public final class MentionsText {
    private MentionsText() {
    }

    public static String render(List<ArticleMentions> articles) {
        StringBuilder out = new StringBuilder();
        for (ArticleMentions found : articles) {
            Article article = found.article();
            out.append(HiddenCharacters.escape(article.path().toString())).append(": ")
                    .append(article.published() == null ? "publication date unknown"
                            : "published " + article.published())
                    .append(", ").append(found.mentions().size()).append(" mentions\n");
            for (Mention mention : found.mentions()) {
                TextPosition at = article.position(mention.start());
                out.append(String.format("  %-8s %-12s %-9s \"%s\" = %s%s\n", at,
                        mention.start() + "-" + mention.end(), mention.kind(), HiddenCharacters.escape(mention.text()),
                        MentionValue.of(mention), timex(MentionValue.timex(mention))));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String timex(Timex timex) {
        if (timex == null) {
            return "";
        }
        return "  TIMEX3 " + timex.type() + " " + timex.value() + (timex.mod() == null ? "" : " mod=" + timex.mod());
    }
}
