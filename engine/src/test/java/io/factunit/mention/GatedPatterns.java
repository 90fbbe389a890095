package io.factunit.mention;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.article.Article;
import io.factunit.article.FirstChars;
import io.factunit.article.StoryLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scans run their patterns gated ({@link FirstChars#gated}); they must find exactly what the patterns find.
 * Each kind's test hands its patterns here (date: tense cues; duration: its length forms).
 */
public final class GatedPatterns {
    /** Words and marks the patterns turn on, glued in random order: boundaries in every context. */
    private static final String[] PIECES = {"that", "That", "which", "whom", "whose", "but", "since", "will",
        "won\u2019t", "won't", "is to", "are  to", "set to", "plans to", "due on", "next", "they\u2019ll", "we'll",
        "ten", "10", "2.5", "one", "a", "three-week", "48-hour-long", "week - long", "days", "years", "months old",
        "_", "\u00E9", "e\u0301", "\u0301", "x", "5", ",", ":", ";", "(", ")", "[", "\"", "\u201C", "\u201D", " ",
        "  ", "\t", "\n", " - ", " \u2013 ", "\u2014", "-", ".", "\u00A0", "\uD83D\uDE00"};

    private GatedPatterns() {
    }

    public static List<String> matches(Pattern pattern, String text, int from, int to, boolean transparent) {
        Matcher m = pattern.matcher(text).region(from, to).useTransparentBounds(transparent);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            StringBuilder groups = new StringBuilder(m.start() + "-" + m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                groups.append(' ').append(m.start(g)).append(':').append(m.end(g));
            }
            found.add(groups.toString());
        }
        return found;
    }

    private static void assertSameMatches(List<Pattern> scanned, String text, int from, int to) {
        for (Pattern pattern : scanned) {
            Pattern gated = FirstChars.gated(pattern);
            assertThat(gated.pattern()).as("gated").startsWith("(?=[");
            for (boolean transparent : new boolean[] {false, true}) {
                assertThat(matches(gated, text, from, to, transparent))
                        .as("%s in %s", pattern, text.substring(from, to))
                        .isEqualTo(matches(pattern, text, from, to, transparent));
            }
        }
    }

    /** The seed articles, each checked whole; returns them for counts of their own. */
    public static List<Article> assertSameInTheSeeds(List<Pattern> scanned) {
        List<Article> seeds = new StoryLoader().load(Path.of("../seeds")).articles();
        for (Article seed : seeds) {
            assertSameMatches(scanned, seed.text(), 0, seed.text().length());
        }
        return seeds;
    }

    public static void assertSameInRandomGluesOfTheirWords(List<Pattern> scanned) {
        Random random = new Random(7);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 2 + random.nextInt(10); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            int from = random.nextInt(text.length() / 2 + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            assertSameMatches(scanned, text.toString(), from, to);
        }
    }
}
