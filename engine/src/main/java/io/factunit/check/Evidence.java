package io.factunit.check;

import io.factunit.claim.Claim;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Message pieces shared by the check kinds: where a claim is, what it says, how many articles. */
final class Evidence {
    /** Claims in a stable order: article id, then position. */
    static final Comparator<Claim> ORDER = Comparator.comparing(Claim::articleId)
            .thenComparingInt(c -> c.mention().start()).thenComparing(Claim::kind);

    private static final int MAX_SENTENCE = 240;

    private Evidence() {
    }

    /** One line: value, clickable location, outlet, quoted sentence. */
    static String line(Claim claim, String value) {
        return "    " + value + " at " + claim.where() + source(claim) + "\n      \"" + sentence(claim) + "\"";
    }

    static String lines(Collection<Claim> claims, java.util.function.Function<Claim, String> value) {
        StringBuilder out = new StringBuilder();
        for (Claim claim : claims) {
            out.append('\n').append(line(claim, value.apply(claim)));
        }
        return out.toString();
    }

    private static String source(Claim claim) {
        String source = claim.article().source();
        return source == null ? "" : " (" + source + ")";
    }

    private static String sentence(Claim claim) {
        String text = claim.sentence().replace('\n', ' ');
        return text.length() <= MAX_SENTENCE ? text : text.substring(0, MAX_SENTENCE - 3) + "...";
    }

    static Set<String> articles(Collection<Claim> claims) {
        Set<String> ids = new LinkedHashSet<>();
        claims.stream().sorted(ORDER).forEach(c -> ids.add(c.articleId()));
        return ids;
    }

    static String count(int articles) {
        return articles == 1 ? "1 article" : articles + " articles";
    }

    static String articleList(Collection<Claim> claims) {
        return String.join(", ", articles(claims));
    }

    static List<Claim> sorted(Collection<Claim> claims) {
        return claims.stream().sorted(ORDER).toList();
    }
}
