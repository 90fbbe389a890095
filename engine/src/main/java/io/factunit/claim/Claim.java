package io.factunit.claim;

import io.factunit.article.Article;
import io.factunit.article.TextPosition;
import io.factunit.mention.Mention;
import java.util.Objects;

/**
 * A mention given a meaning by a claim definition: "240" in "Israel released 240 Palestinian prisoners"
 * is a claim of kind prisoners-released. Claims are the facts the checks reason over.
 *
 * @param id        stable id: article id, claim kind and character offset ("001_da2c:prisoners-released:812")
 * @param kind      the claim definition's id
 * @param article   the article it is in
 * @param mention   what the analysis found
 * @param qualifier what else must match before two claims are compared ("" when the definition names none),
 *                  e.g. "time-anchor=XXXX-10-07"
 * @param sentence  the sentence it is in, as written
 * @param position  line and column of the mention in the article's file
 * @param alignment what aligns the claim with others beyond its qualifier: the values of its definition's
 *                  align-by qualifiers and its sentence's wording ({@link Alignment})
 */
public record Claim(String id, String kind, Article article, Mention mention, String qualifier, String sentence,
                    TextPosition position, Alignment alignment) {

    /** A claim aligned by its qualifier alone. */
    public Claim(String id, String kind, Article article, Mention mention, String qualifier, String sentence,
                 TextPosition position) {
        this(id, kind, article, mention, qualifier, sentence, position, Alignment.NONE);
    }

    /**
     * The id alone: it differs between any two claims of a run, and hashing the whole record would hash its
     * article and mention every time a claim is a map key. Consistent with the record's equals, which
     * compares the id among the rest.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    /**
     * The record's equality, asked in the cheap order: the same instance, then the id (which differs between
     * any two claims of a run), and only then every field. Sets and maps of claims compare a claim with many
     * others; comparing articles, mentions and alignments first had been most of a large story's checking.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Claim c && Objects.equals(id, c.id) && Objects.equals(kind, c.kind)
                && Objects.equals(article, c.article) && Objects.equals(mention, c.mention)
                && Objects.equals(qualifier, c.qualifier) && Objects.equals(sentence, c.sentence)
                && Objects.equals(position, c.position) && Objects.equals(alignment, c.alignment);
    }

    public String articleId() {
        return article.id();
    }

    /** "seeds/001_da2c65fc36121cf0.txt:9:17", the form IDEs and terminals turn into links. */
    public String where() {
        return article.path() + ":" + position.line() + ":" + position.column();
    }

    /**
     * Whether the qualifier or the alignment gives {@code name} a value: "holder=senate" does, "holder=none" and a
     * qualifier the claim's definition does not keep do not.
     */
    public boolean knows(String name) {
        if (alignment.by().containsKey(name)) {
            return alignment.by().get(name) != null;
        }
        String prefix = name + "=";
        for (String part : qualifier.split(", ")) {
            if (part.startsWith(prefix)) {
                String value = part.substring(prefix.length());
                return !value.equals("none") && !(name.startsWith("published") && value.equals("unknown"));
            }
        }
        return false;
    }

    /** The mention's words as written. */
    public String text() {
        return mention.text();
    }
}
