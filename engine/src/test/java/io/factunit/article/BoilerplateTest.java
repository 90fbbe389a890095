package io.factunit.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
    private static final Path SEEDS = Path.of("../seeds");

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    /** Excluded text by 1-based line number. */
    private static Map<Integer, String> excludedLines(String text) {
        LineMap lines = new LineMap(text);
        Map<Integer, String> result = new TreeMap<>();
        for (Span span : Boilerplate.find(text)) {
            result.merge(lines.position(span.start()).line(), text.substring(span.start(), span.end()),
                    (a, b) -> a + "|" + b);
        }
        return result;
    }

    @Test
    void seed000ExcludesTheRecommendationAndCommentLinksOnly() throws IOException {
        assertThat(excludedLines(seed("000_"))).isEqualTo(Map.of(
                25, "You may also like",
                27, "Leave a Comment"));
    }

    @Test
    void seed001ExcludesItsSeparatorOnly() throws IOException {
        assertThat(excludedLines(seed("001_"))).isEqualTo(Map.of(3, "-----"));
    }

    @Test
    void seed002ExcludesThePhotoCreditOnly() throws IOException {
        assertThat(excludedLines(seed("002_"))).isEqualTo(Map.of(5, "© PPO / Getty Images"));
    }

    @Test
    void seed003ExcludesTheCommentCountOnly() throws IOException {
        assertThat(excludedLines(seed("003_"))).isEqualTo(Map.of(12, "0 Comments"));
    }

    @Test
    void seed004ExcludesTheSearchWidgetPhotoCreditAndCommentCount() throws IOException {
        assertThat(excludedLines(seed("004_"))).isEqualTo(Map.of(
                1, "//Skip to content",
                2, "Generic selectors",
                3, "Exact matches only",
                4, "Search in title",
                5, "Search in content",
                6, "Post Type Selectors",
                11, "Photo Source: Asharq Al-Awsat",
                29, "Comments (0)"));
    }

    @Test
    void wholeLinesAreExcludedUpToTheirLineBreak() {
        String text = "Talks resume.\r\nAdvertisement\r\nMore talks.";
        assertThat(Boilerplate.find(text)).containsExactly(new Span(15, 29));
    }

    @Test
    void furnitureGluedToTheNextPageIsCutOffItsLine() throws IOException {
        // The seeds as they were first saved, one page after another without a newline.
        String glued = seed("000_") + seed("001_");
        int line = glued.indexOf("Leave a CommentHamas head in Cairo");
        assertThat(Boilerplate.find(glued)).contains(new Span(line, line + "Leave a Comment".length()));

        String glued2 = seed("003_") + seed("004_");
        int start = glued2.indexOf("0 Comments//Skip to content");
        assertThat(Boilerplate.find(glued2)).contains(new Span(start, start + "0 Comments//Skip to content".length()));
    }

    @Test
    void furnitureGluedBehindTheLastSentenceIsCutOff() {
        String text = "Talks went on in the region.0 Comments";
        assertThat(Boilerplate.find(text)).containsExactly(new Span(28, 38));
    }

    @Test
    void recognisesTheCommonWidgets() {
        List<String> furniture = List.of("Skip to main content", "Leave a Reply", "No Comments", "3 Comments",
                "Photo: Reuters", "Image credit: AFP", "Photo by Jane Doe/AP", "Share this:", "Share on Facebook",
                "Tweet", "WhatsApp", "Advertisement", "Read more: Truce talks stall", "Related: Gaza talks",
                "Click here to subscribe", "Subscribe to our newsletter", "Sign up for our daily briefing",
                "We use cookies to improve your experience.", "Accept all cookies", "© 2024 Example News",
                "Search for:", "Related Articles", "=====");
        for (String line : furniture) {
            assertThat(Boilerplate.find("Text.\n" + line + "\nMore text."))
                    .as(line).containsExactly(new Span(6, 6 + line.length()));
        }
    }

    @Test
    void neverCutsIntoASentence() {
        List<String> content = List.of(
                "He urged readers to leave a comment.",
                "Leave a comment, officials told the mediators, and they did.",
                "Subscribers to the service said they were moved.",
                "Photographs released by Hamas show the captives.",
                "Share prices fell in Tel Aviv.",
                "Related talks continue in Doha.",
                "Tweets by the ministry were deleted.",
                "Read the statement in full here.",
                "Advertisements for the rally appeared across Cairo.",
                "No comments were made by Israel's government.",
                "The ministry said 20 comments were received.",
                "Comments by the minister angered Cairo.",
                "Search teams found 12 bodies.",
                "The bakers use cookies.",
                "Sign language interpreters attended.");
        for (String line : content) {
            assertThat(Boilerplate.find(line)).as(line).isEmpty();
        }
    }

    @Test
    void gluedFurnitureIsFoundAtTheEndOfALongParagraph() {
        String paragraph = "Talks went on. ".repeat(100) + "The region waited.Leave a Comment";
        int start = paragraph.length() - "Leave a Comment".length();
        assertThat(Boilerplate.find(paragraph)).containsExactly(new Span(start, paragraph.length()));
    }

    @Test
    void longLinesAreNeverExcludedWhole() {
        String paragraph = "Subscribe " + "and read ".repeat(40);
        assertThat(Boilerplate.find(paragraph)).isEmpty();
    }

    @Test
    void aShortLineEndingInAllRightsReservedIsExcludedAndALongOneIsNot() {
        String footer = "Copyright 2024 The Associated Press. All rights reserved.";
        assertThat(Boilerplate.find("Text.\n" + footer)).containsExactly(new Span(6, 6 + footer.length()));

        String paragraph = "The agency, which said it had filed the report from Cairo on Sunday after the "
                + "talks, added: All rights reserved.";
        assertThat(paragraph.length()).isGreaterThan(100);
        assertThat(Boilerplate.find(paragraph)).isEmpty();
    }
}
