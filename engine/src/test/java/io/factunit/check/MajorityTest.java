package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.article.Article;
import io.factunit.article.LineMap;
import io.factunit.claim.Claim;
import io.factunit.article.TextPosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The sweep finds the majority an agree check reports, as comparing every point with every claim did. */
class MajorityTest {
    private static final List<Article> ARTICLES = List.of(article("a"), article("b"), article("c"), article("d"));

    @Test
    void mostArticlesWinThenMostClaimsThenTheSmallerPoint() {
        Map<Claim, Interval> values = new LinkedHashMap<>();
        values.put(claim(0, "a"), exact(240));
        values.put(claim(1, "b"), exact(250));
        values.put(claim(2, "c"), new Interval(200, 250, false));
        values.put(claim(3, "c"), exact(250));
        values.put(claim(4, "d"), new Interval(100, Double.POSITIVE_INFINITY, true));

        // 240 is in a, c and d; 250 in b, c (twice) and d: one claim more from as many articles
        assertThat(Majority.of(values)).extracting(Claim::id).containsExactly("b1", "c2", "c3", "d4");

        values.remove(claim(3, "c"));
        // 240 (a, c, d) and 250 (b, c, d) now tie: the smaller point wins
        assertThat(Majority.of(values)).extracting(Claim::id).containsExactly("a0", "c2", "d4");

        Map<Claim, Interval> tie = new LinkedHashMap<>();
        tie.put(claim(5, "a"), exact(7));
        tie.put(claim(6, "b"), exact(5));
        assertThat(Majority.of(tie)).extracting(Claim::id).containsExactly("b6");
        assertThat(Majority.of(new LinkedHashMap<>())).isEmpty();
    }

    @Test
    void theSameMajorityAsComparingEveryPointWithEveryClaim() {
        Random random = new Random(7);
        double[] odd = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0};
        for (int round = 0; round < 3_000; round++) {
            Map<Claim, Interval> values = new LinkedHashMap<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                double low = random.nextInt(10) == 0 ? odd[random.nextInt(odd.length)] : random.nextInt(8) - 2;
                double high = random.nextInt(10) == 0 ? odd[random.nextInt(odd.length)] : low + random.nextInt(4);
                values.put(claim(i, "abcd".substring(random.nextInt(4)).substring(0, 1)),
                        new Interval(low, high, random.nextBoolean()));
            }

            assertThat(Majority.of(values)).as("%s", values).isEqualTo(scanned(values));
        }
    }

    /** The former scan, as the reference. */
    private static List<Claim> scanned(Map<Claim, Interval> values) {
        TreeSet<Double> points = new TreeSet<>();
        values.values().forEach(v -> {
            points.add(v.low());
            points.add(v.high());
        });
        List<Claim> best = List.of();
        int bestArticles = -1;
        for (double point : points) {
            List<Claim> containing = values.keySet().stream().filter(c -> values.get(c).contains(point)).toList();
            int articles = (int) containing.stream().map(Claim::articleId).distinct().count();
            if (articles > bestArticles || articles == bestArticles && containing.size() > best.size()) {
                best = containing;
                bestArticles = articles;
            }
        }
        return best;
    }

    private static Interval exact(double value) {
        return new Interval(value, value, false);
    }

    private static Claim claim(int number, String articleId) {
        Article article = ARTICLES.get(articleId.charAt(0) - 'a');
        return new Claim(articleId + number, "people-killed", article, null, "", "", new TextPosition(1, 1));
    }

    private static Article article(String id) {
        return new Article(id, Path.of(id + ".txt"), "", null, null, null, null, Article.DateOrigin.UNKNOWN,
                new ArrayList<>(), new LineMap("")::position);
    }
}
