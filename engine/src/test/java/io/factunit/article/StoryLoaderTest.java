package io.factunit.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryLoaderTest {
    @TempDir
    Path dir;

    private final StoryLoader loader = new StoryLoader();

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Article only(Story story) {
        assertThat(story.articles()).hasSize(1);
        return story.articles().get(0);
    }

    @Test
    void plainTextIsKeptAsWritten() throws IOException {
        Path file = write("cairo.txt", "Haniyeh in Cairo\r\n\r\nHe arrived on Wednesday.");
        Story story = loader.load(dir);
        Article article = only(story);
        assertThat(story.id()).isEqualTo(dir.getFileName().toString());
        assertThat(story.title()).isNull();
        assertThat(article.id()).isEqualTo("cairo");
        assertThat(article.path()).isEqualTo(file);
        assertThat(article.text()).isEqualTo("Haniyeh in Cairo\r\n\r\nHe arrived on Wednesday.");
        assertThat(article.title()).isNull();
        assertThat(article.source()).isNull();
        assertThat(article.url()).isNull();
        assertThat(article.published()).isNull();
        assertThat(article.dateOrigin()).isEqualTo(Article.DateOrigin.UNKNOWN);
        assertThat(article.excluded()).isEmpty();
        assertThat(article.position(article.text().indexOf("Wednesday"))).isEqualTo(new TextPosition(3, 15));
    }

    @Test
    void markdownFrontMatterGivesMetadataAndTheBodyKeepsFileLines() throws IOException {
        write("wire.md", """
                ---
                title: Haniyeh in Cairo
                source: Example Wire
                url: https://example.com/wire/cairo
                published: 2024-02-01
                ---
                # Haniyeh in Cairo

                Ismail Haniyeh arrived on Wednesday.
                """);
        Article article = only(loader.load(dir));
        assertThat(article.id()).isEqualTo("wire");
        assertThat(article.text()).isEqualTo("Haniyeh in Cairo\n\nIsmail Haniyeh arrived on Wednesday.\n");
        assertThat(article.title()).isEqualTo("Haniyeh in Cairo");
        assertThat(article.source()).isEqualTo("Example Wire");
        assertThat(article.url()).isEqualTo("https://example.com/wire/cairo");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(article.dateOrigin()).isEqualTo(Article.DateOrigin.METADATA);
        assertThat(article.position(0)).as("the heading's text, after its marker").isEqualTo(new TextPosition(7, 3));
        assertThat(article.position(article.text().indexOf("Wednesday"))).isEqualTo(new TextPosition(9, 27));
    }

    @Test
    void markdownWithCrlfAndWithoutFrontMatter() throws IOException {
        write("a.markdown", "---\r\nsource: Wire\r\n---\r\nBody line\r\n");
        write("b.md", "Just text, no front matter.\n---\nA rule above.");
        Story story = loader.load(dir);
        Article a = story.articles().get(0);
        assertThat(a.text()).isEqualTo("Body line\r\n");
        assertThat(a.source()).isEqualTo("Wire");
        assertThat(a.position(5)).isEqualTo(new TextPosition(4, 6));
        Article b = story.articles().get(1);
        assertThat(b.text()).as("a rule is no prose").isEqualTo("Just text, no front matter.\n\nA rule above.");
        assertThat(b.source()).isNull();
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html>
            <head>
            <title>Hamas leader in Cairo | Example News</title>
            <meta property="og:title" content="Hamas leader in Cairo">
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2024-02-01T01:30:00+02:00">
            <link rel="canonical" href="https://example.com/cairo">
            <script>var published = "February 9, 2020";</script>
            <style>p { color: red }</style>
            </head>
            <body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <article>
            <header><h1>Hamas leader arrives in Cairo</h1></header>
            <p>Ismail Haniyeh arrived in Cairo on <b>Wednesday</b> for talks.</p>
            <p>Q&amp;A with   mediators
             followed.<br>A new line.</p>
            <aside>You may also like: other stories</aside>
            <form><input name="q"> Search</form>
            <noscript>Enable JavaScript</noscript>
            </article>
            <footer>© Example News</footer>
            <script>track("Skip");</script>
            </body>
            </html>
            """;

    @Test
    void htmlTextIsExtractedOneParagraphPerLineWithoutFurniture() throws IOException {
        write("page.html", PAGE);
        Article article = only(loader.load(dir));
        assertThat(article.id()).isEqualTo("page");
        assertThat(article.text()).isEqualTo("""
                Hamas leader arrives in Cairo
                Ismail Haniyeh arrived in Cairo on Wednesday for talks.
                Q&A with mediators followed.
                A new line.""");
        assertThat(article.title()).isEqualTo("Hamas leader in Cairo");
        assertThat(article.source()).isEqualTo("Example News");
        assertThat(article.url()).isEqualTo("https://example.com/cairo");
        // The date as the publisher wrote it, not converted to UTC (which would be January 31).
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(article.dateOrigin()).isEqualTo(Article.DateOrigin.METADATA);
    }

    @Test
    void htmlPositionsPointIntoTheHtmlFile() throws IOException {
        write("page.htm", PAGE);
        Article article = only(loader.load(dir));
        String text = article.text();
        assertThat(article.position(0)).isEqualTo(new TextPosition(15, 13));
        assertThat(article.position(text.indexOf("Ismail"))).isEqualTo(new TextPosition(16, 4));
        assertThat(article.position(text.indexOf("Wednesday"))).isEqualTo(new TextPosition(16, 42));
        assertThat(article.position(text.indexOf("for talks"))).isEqualTo(new TextPosition(16, 56));
        // After an entity and collapsed spaces the columns are still exact.
        assertThat(article.position(text.indexOf("A with"))).isEqualTo(new TextPosition(17, 10));
        assertThat(article.position(text.indexOf("mediators"))).isEqualTo(new TextPosition(17, 19));
        assertThat(article.position(text.indexOf("followed"))).isEqualTo(new TextPosition(18, 2));
        assertThat(article.position(text.indexOf("A new"))).isEqualTo(new TextPosition(18, 15));
        // An added line break takes the position right after the text before it.
        assertThat(article.position(text.indexOf('\n'))).isEqualTo(new TextPosition(15, 42));
        assertThat(article.position(text.length())).isEqualTo(new TextPosition(18, 26));
    }

    @Test
    void hiddenHtmlTextNeverReachesAnalysisAndTheRestKeepsItsPositions() throws IOException {
        write("page.html", """
                <html><body><article>
                <p>Israel released <span hidden>900</span>240 prisoners.<span aria-hidden="TRUE"> 900 freed</span></p>
                <div style="color: red;DISPLAY : None ;">Israel released 900 prisoners.</div>
                <div style="visibility:hidden!important">Israel released 900 prisoners.</div>
                <p style="display: block">Talks went on.</p><p aria-hidden="false">Nobody left.</p>
                <textarea>Israel released 900 prisoners.</textarea><template><p>900 freed</p></template>
                <noscript>900 freed</noscript><select><option>900</option></select><button>Share 900</button>
                <p>Aid arrived on <b>Monday</b>.</p>
                </article></body></html>
                """);
        Article article = only(loader.load(dir));
        String text = article.text();
        assertThat(text).isEqualTo("Israel released 240 prisoners.\nTalks went on.\nNobody left.\nAid arrived on Monday.");
        assertThat(article.position(text.indexOf("240"))).isEqualTo(new TextPosition(2, 43));
        assertThat(article.position(text.indexOf("Talks"))).isEqualTo(new TextPosition(5, 27));
        assertThat(article.position(text.indexOf("Nobody"))).isEqualTo(new TextPosition(5, 68));
        assertThat(article.position(text.indexOf("Monday"))).isEqualTo(new TextPosition(8, 22));
    }

    @Test
    void zeroWidthCharactersAreLeftOutOfTheTextAndPositionsStayInTheFile() throws IOException {
        write("a.txt", "\u200BNearly 1\u200B000 people\u00AD were killed;\r\n12\u200D000 fled, 20,\u00AD000"
                + " \u2060\uFEFFreturned\u200C\u200B");
        Article article = only(loader.load(dir));
        String text = article.text();
        assertThat(text).isEqualTo("Nearly 1000 people were killed;\r\n12000 fled, 20,000 returned");
        assertThat(article.position(0)).isEqualTo(new TextPosition(1, 2));
        assertThat(article.position(text.indexOf("1000"))).isEqualTo(new TextPosition(1, 9));
        assertThat(article.position(text.indexOf("people"))).isEqualTo(new TextPosition(1, 15));
        assertThat(article.position(text.indexOf("were"))).isEqualTo(new TextPosition(1, 23));
        assertThat(article.position(text.indexOf("12000"))).isEqualTo(new TextPosition(2, 1));
        assertThat(article.position(text.indexOf("fled"))).isEqualTo(new TextPosition(2, 8));
        assertThat(article.position(text.indexOf("20,000"))).isEqualTo(new TextPosition(2, 14));
        assertThat(article.position(text.indexOf("returned"))).isEqualTo(new TextPosition(2, 24));
        assertThat(article.position(text.length())).isEqualTo(new TextPosition(2, 34));
    }

    @Test
    void zeroWidthCharactersInHtmlLiteralOrAsEntitiesAreLeftOutToo() throws IOException {
        write("a.html", "<p>Nearly 1&#8203;000 people&shy; were\u200B killed.</p>");
        Article article = only(loader.load(dir));
        String text = article.text();
        assertThat(text).isEqualTo("Nearly 1000 people were killed.");
        assertThat(article.position(text.indexOf("000"))).isEqualTo(new TextPosition(1, 19));
        assertThat(article.position(text.indexOf("were"))).isEqualTo(new TextPosition(1, 35));
        assertThat(article.position(text.indexOf("killed"))).isEqualTo(new TextPosition(1, 41));
    }

    @Test
    void aFileOfZeroWidthCharactersHasNoText() throws IOException {
        Path file = write("a.txt", "\u200B\u200B\n\u00AD");
        assertThatThrownBy(() -> loader.load(dir)).hasMessage(file + ": no article text");
    }

    @Test
    void htmlDateFallsBackToTimeElementAndTitleToTitleElement() throws IOException {
        write("page.html", """
                <html><head><title> Truce talks </title>
                <meta name="description" content="not a date"></head>
                <body><aside><time datetime="2020-01-01">Old</time></aside>
                <article><p class="byline">By Jane Doe <time datetime="2013-07-02T10:00:00Z">Tuesday, July 2nd,
                2013</time></p><p>Talks resumed.</p></article></body></html>
                """);
        Article article = only(loader.load(dir));
        assertThat(article.title()).isEqualTo("Truce talks");
        assertThat(article.source()).isNull();
        assertThat(article.url()).isNull();
        assertThat(article.published()).isEqualTo(LocalDate.of(2013, 7, 2));
        assertThat(article.dateOrigin()).isEqualTo(Article.DateOrigin.METADATA);
        assertThat(article.text()).isEqualTo("By Jane Doe Tuesday, July 2nd, 2013\nTalks resumed.");
    }

    @Test
    void aPublicationMetaTagThatIsNoDateIsRefusedWithItsPosition() throws IOException {
        Path page = write("page.html", """
                <html><head>
                <meta property="article:published_time" content="2024-13-45T10:00:00Z">
                <meta name="date" content="2024-02-01"></head>
                <body><p>Talks resumed.</p></body></html>
                """);
        assertThatThrownBy(() -> loader.load(dir)).hasMessage(page + ":2:50: the publication date in"
                + " <meta property=\"article:published_time\"> is not a date (yyyy-mm-dd): '2024-13-45T10:00:00Z';"
                + " correct the page, or give the article's 'published' date in story.yaml");

        Files.writeString(page, """
                <html><head><meta name="DATE"
                  content=" yesterday "></head><body><p>Talks resumed.</p></body></html>
                """);
        assertThatThrownBy(() -> loader.load(dir)).hasMessage(page + ":2:12: the publication date in"
                + " <meta name=\"date\"> is not a date (yyyy-mm-dd): 'yesterday'; correct the page, or give the"
                + " article's 'published' date in story.yaml");
    }

    @Test
    void storyYamlGivingTheDateMakesAnUnreadableMetaDateMoot() throws IOException {
        write("page.html", """
                <html><head><meta property="article:published_time" content="yesterday">
                <meta property="og:site_name" content="Example News"></head>
                <body><p>Talks resumed.</p></body></html>
                """);
        write("story.yaml", "articles:\n  - file: page.html\n    published: 2024-02-03\n");
        Article article = only(loader.load(dir));
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 2, 3));
        assertThat(article.source()).isEqualTo("Example News");
    }

    @Test
    void storyYamlWinsOverFrontMatterAndHtmlMetadata() throws IOException {
        write("a.md", "---\nsource: Example Wire\npublished: 2024-02-01\ntitle: From front matter\n---\nText.\n");
        write("b.html", PAGE);
        write("c.txt", "February 1, 2024\n\nText.");
        write("story.yaml", """
                title: Haniyeh in Cairo
                articles:
                  - file: a.md
                    source: Editor Wire
                    published: 2024-02-03
                  - file: b.html
                    title: Editor title
                    url: https://example.org/b
                  - file: c.txt
                    published: 2024-02-02
                """);
        Story story = loader.load(dir);
        assertThat(story.title()).isEqualTo("Haniyeh in Cairo");
        Article a = story.articles().get(0);
        assertThat(a.source()).isEqualTo("Editor Wire");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 2, 3));
        assertThat(a.title()).isEqualTo("From front matter");
        Article b = story.articles().get(1);
        assertThat(b.title()).isEqualTo("Editor title");
        assertThat(b.url()).isEqualTo("https://example.org/b");
        assertThat(b.source()).isEqualTo("Example News");
        assertThat(b.published()).isEqualTo(LocalDate.of(2024, 2, 1));
        Article c = story.articles().get(2);
        assertThat(c.published()).isEqualTo(LocalDate.of(2024, 2, 2));
        assertThat(c.dateOrigin()).isEqualTo(Article.DateOrigin.METADATA);
    }

    @Test
    void datelineSuppliesAMissingDate() throws IOException {
        write("a.txt", "Truce talks resume\n\nTuesday, July 2nd, 2013\n\nTalks resumed in Cairo.");
        write("b.md", "---\nsource: Wire\n---\nFirst Posted 23:37:00 05/05/2010\nText.");
        write("c.txt", "Talks resume\nThe war that began on October 7, 2023 goes on.");
        Story story = loader.load(dir);
        assertThat(story.articles()).extracting(Article::published)
                .containsExactly(LocalDate.of(2013, 7, 2), LocalDate.of(2010, 5, 5), null);
        assertThat(story.articles()).extracting(Article::dateOrigin).containsExactly(
                Article.DateOrigin.DATELINE, Article.DateOrigin.DATELINE, Article.DateOrigin.UNKNOWN);
    }

    @Test
    void onlyArticleFilesAreReadAndInFileNameOrder() throws IOException {
        write("b.txt", "B.");
        write("a.md", "A.");
        write("c.HTML", "<p>C.</p>");
        write("2.txt", "Two.");
        write("10.txt", "Ten.");
        write("README.md", "# About this folder");
        write("Source.txt", "Where the pages came from.");
        write("notes.yaml", "not: [a, story");
        Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0});
        Files.write(dir.resolve(".hidden.txt"), new byte[] {0, 1, 2});
        Files.createDirectories(dir.resolve("images.txt"));
        Story story = loader.load(dir);
        assertThat(story.articles()).extracting(Article::id).containsExactly("10", "2", "a", "b", "c");
        assertThat(story.articles()).extracting(Article::text).containsExactly("Ten.", "Two.", "A.", "B.", "C.");
    }

    @Test
    void aLargeStoryIsReadInFileNameOrderAndItsFirstBadFileIsTheOneReported() throws IOException {
        for (int i = 0; i < 200; i++) {
            write(String.format("%03d.txt", i), "Article " + i + ".");
        }
        Story story = loader.load(dir);
        assertThat(story.articles()).hasSize(200);
        assertThat(story.articles()).extracting(Article::id).startsWith("000", "001", "002").endsWith("198", "199");
        assertThat(story.articles().get(150).text()).isEqualTo("Article 150.");

        Files.write(dir.resolve("170.txt"), new byte[] {'a', (byte) 0xFF, 'b'});
        write("090.txt", "   ");
        for (int run = 0; run < 5; run++) {
            assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(InputException.class)
                    .hasMessageStartingWith(dir.resolve("090.txt") + ": no article text");
        }
    }

    @Test
    void byteOrderMarksSelectTheEncodingAndAreNotPartOfTheText() throws IOException {
        byte[] text = "Café talks\nline two".getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[text.length + 2];
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        System.arraycopy(text, 0, utf16, 2, text.length);
        Files.write(dir.resolve("le.txt"), utf16);
        byte[] be = "Café".getBytes(StandardCharsets.UTF_16BE);
        byte[] utf16be = new byte[be.length + 2];
        utf16be[0] = (byte) 0xFE;
        utf16be[1] = (byte) 0xFF;
        System.arraycopy(be, 0, utf16be, 2, be.length);
        Files.write(dir.resolve("be.txt"), utf16be);
        byte[] utf8 = "Café".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Files.write(dir.resolve("u8.txt"), withBom);
        Story story = loader.load(dir);
        assertThat(story.articles()).extracting(Article::text)
                .containsExactly("Café", "Café talks\nline two", "Café");
        assertThat(story.articles().get(1).position(16)).isEqualTo(new TextPosition(2, 6));
    }

    @Test
    void loadAllReadsEveryStoryFolderInNameOrder() throws IOException {
        write("README.md", "# Stories");
        write("story-b/a.txt", "B story.");
        write("story-a/story.yaml", "title: Story A\n");
        write("story-a/x.md", "A story.");
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
        write(".git/HEAD.txt", "ref");
        List<Story> stories = loader.loadAll(dir);
        assertThat(stories).extracting(Story::id).containsExactly("story-a", "story-b");
        assertThat(stories).extracting(Story::title).containsExactly("Story A", null);
        assertThat(stories.get(0).articles()).extracting(Article::id).containsExactly("x");
    }

    @Test
    void loadAllTakesTheRootItselfWhenItHoldsArticles() throws IOException {
        write("a.txt", "Root story.");
        write("more/b.txt", "Sub story.");
        List<Story> stories = loader.loadAll(dir);
        assertThat(stories).extracting(Story::id).containsExactly(dir.getFileName().toString(), "more");
    }
}
