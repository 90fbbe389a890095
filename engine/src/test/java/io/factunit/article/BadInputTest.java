package io.factunit.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input ends in one {@link InputException} whose message names file, line and column. */
class BadInputTest {
    private static final String BINARY_ADVICE = "articles must be UTF-8 text, or UTF-16 with a byte-order mark";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private InputException loadFails() {
        return loadFails(new StoryLoader());
    }

    private InputException loadFails(StoryLoader loader) {
        InputException e = catchThrowableOfType(InputException.class, () -> loader.load(dir));
        assertThat(e).as("an InputException").isNotNull();
        return e;
    }

    /** A story.yaml beside one good article, and the message loading it gives. */
    private String manifestError(String yaml) throws IOException {
        write("a.txt", "Text.");
        write("b.txt", "More text.");
        write("story.yaml", yaml);
        return loadFails().getMessage();
    }

    private String yamlAt(int line, int column) {
        return dir.resolve("story.yaml") + ":" + line + ":" + column + ": ";
    }

    // Folders

    @Test
    void missingFolder() {
        Path missing = dir.resolve("nope");
        InputException e = catchThrowableOfType(InputException.class, () -> new StoryLoader().load(missing));
        assertThat(e.getMessage()).isEqualTo(missing + ": no such folder");
        assertThat(e.file()).isEqualTo(missing);
        assertThat(e.line()).isZero();
        assertThat(e.column()).isZero();
    }

    @Test
    void fileInsteadOfFolder() throws IOException {
        Path file = write("a.txt", "Text.");
        InputException e = catchThrowableOfType(InputException.class, () -> new StoryLoader().load(file));
        assertThat(e.getMessage()).isEqualTo(file + ": not a folder; a story is a folder of articles");
    }

    @Test
    void emptyFolder() {
        assertThat(loadFails().getMessage())
                .isEqualTo(dir + ": no articles in this folder (looked for .txt, .md, .markdown, .html, .htm)");
    }

    @Test
    void folderWithoutArticlesButReadmeAndImages() throws IOException {
        write("README.md", "# Notes");
        writeBytes("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0});
        write("story.yaml", "title: Nothing yet\n");
        assertThat(loadFails().getMessage())
                .isEqualTo(dir + ": no articles in this folder (looked for .txt, .md, .markdown, .html, .htm)");
    }

    @Test
    void rootWithoutStories() throws IOException {
        Files.createDirectories(dir.resolve("images"));
        InputException e = catchThrowableOfType(InputException.class, () -> new StoryLoader().loadAll(dir));
        assertThat(e.getMessage()).isEqualTo(dir + ": no articles in this folder or its sub-folders"
                + " (looked for .txt, .md, .markdown, .html, .htm)");
    }

    // Bytes and encodings

    @Test
    void binaryFileWithNulBytes() throws IOException {
        Path file = writeBytes("a.txt", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1});
        assertThat(loadFails().getMessage())
                .isEqualTo(file + ": binary file, not text (contains NUL bytes); " + BINARY_ADVICE);
    }

    @Test
    void binaryFileWithManyControlCharacters() throws IOException {
        Path file = writeBytes("a.txt", new byte[] {'a', 'b', 'c', 1, 2, 3, 4, 'd', 'e', 'f'});
        assertThat(loadFails().getMessage())
                .isEqualTo(file + ": binary file, not text (40% control characters); " + BINARY_ADVICE);
    }

    @Test
    void utf16WithoutByteOrderMarkIsBinary() throws IOException {
        Path file = writeBytes("a.txt", "Cairo".getBytes(StandardCharsets.UTF_16LE));
        assertThat(loadFails().getMessage())
                .isEqualTo(file + ": binary file, not text (contains NUL bytes); " + BINARY_ADVICE);
    }

    @Test
    void invalidUtf8IsRefusedWithByteOffsetAndPosition() throws IOException {
        // "Café" in Latin-1: 0xE9 is not UTF-8.
        byte[] bytes = "Line one\nCaf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1);
        Path file = writeBytes("a.txt", bytes);
        InputException e = loadFails();
        assertThat(e.getMessage()).isEqualTo(file + ":2:4: invalid UTF-8 at byte offset 12 (0xE9);"
                + " save the file as UTF-8 (FactUnit does not guess encodings)");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(4);
    }

    @Test
    void aReplacementCharacterTheFileReallyHoldsIsKept() throws IOException {
        writeBytes("a.txt", "Talks \uFFFD resumed on Tuesday.\n".getBytes(StandardCharsets.UTF_8));
        assertThat(new StoryLoader().load(dir).articles().get(0).text())
                .isEqualTo("Talks \uFFFD resumed on Tuesday.\n");
    }

    @Test
    void invalidUtf8AfterByteOrderMarkCountsFileBytes() throws IOException {
        Path file = writeBytes("a.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, 'b'});
        assertThat(loadFails().getMessage()).isEqualTo(file + ":1:2: invalid UTF-8 at byte offset 4 (0xC3);"
                + " save the file as UTF-8 (FactUnit does not guess encodings)");
    }

    @Test
    void truncatedUtf16IsRefused() throws IOException {
        Path file = writeBytes("a.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'});
        assertThat(loadFails().getMessage()).isEqualTo(file + ":1:2: invalid UTF-16LE at byte offset 4 (0x62);"
                + " save the file as UTF-16LE (FactUnit does not guess encodings)");
    }

    @Test
    void articleOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        write("a.txt", "Short.");
        Path file = write("b.txt", "Eleven char");
        StoryLoader loader = new StoryLoader(LoadOptions.DEFAULTS.withMaxArticleBytes(10));
        assertThat(loadFails(loader).getMessage())
                .isEqualTo(file + ": file is 11 bytes, over the limit of 10 bytes (LoadOptions.maxArticleBytes)");
    }

    @Test
    void storyYamlOverItsSizeLimit() throws IOException {
        write("a.txt", "Text.");
        Path file = write("story.yaml", "title: " + "x".repeat(100) + "\n");
        StoryLoader loader = new StoryLoader(LoadOptions.DEFAULTS.withMaxManifestBytes(64));
        assertThat(loadFails(loader).getMessage())
                .isEqualTo(file + ": file is 108 bytes, over the limit of 64 bytes (LoadOptions.maxManifestBytes)");
    }

    @Test
    void yamlOverTheCodePointLimit() {
        Path file = dir.resolve("story.yaml");
        InputException e = catchThrowableOfType(InputException.class,
                () -> ArticleYaml.reader(file, 0, 100).read("title: " + "x".repeat(200) + "\n"));
        assertThat(e.getMessage()).startsWith(file + ":1:")
                .endsWith(": invalid YAML: The incoming YAML document exceeds the limit: 100 code points.");
    }

    @Test
    void emptyArticleAndHtmlWithoutText() throws IOException {
        Path empty = write("a.txt", "  \n");
        assertThat(loadFails().getMessage()).isEqualTo(empty + ": no article text");
        Files.delete(empty);
        Path page = write("b.html", "<html><body><script>render()</script><nav>Home</nav></body></html>");
        assertThat(loadFails().getMessage()).isEqualTo(page
                + ": no article text left after removing scripts, navigation and other page furniture");
    }

    @Test
    void twoFilesWithOneId() throws IOException {
        write("a.md", "Markdown.");
        Path txt = write("a.txt", "Text.");
        assertThat(loadFails().getMessage())
                .isEqualTo(txt + ": article id 'a' is also the id of a.md; rename one of them");
    }

    // story.yaml

    @Test
    void unknownKeyInAnEntry() throws IOException {
        assertThat(manifestError("""
                # The editor's manifest
                title: Cairo talks
                articles:
                  - file: a.txt
                    source: Wire
                  - file: b.txt
                    publised: 2024-02-01
                """)).isEqualTo(yamlAt(7, 5)
                + "unknown key 'publised' (expected one of: file, source, url, published, title)");
    }

    @Test
    void unknownTopLevelKey() throws IOException {
        assertThat(manifestError("titel: Cairo talks\n"))
                .isEqualTo(yamlAt(1, 1) + "unknown key 'titel' (expected one of: title, articles)");
    }

    @Test
    void storyYamlNamingAMissingFile() throws IOException {
        assertThat(manifestError("articles:\n  - file: c.txt\n"))
                .isEqualTo(yamlAt(2, 11) + "file 'c.txt' does not exist in " + dir);
    }

    @Test
    void storyYamlNamingAPathOrANonArticle() throws IOException {
        assertThat(manifestError("articles:\n  - file: ../a.txt\n"))
                .isEqualTo(yamlAt(2, 11) + "'file' must name a file in the story folder, not a path: '../a.txt'");
        write("README.md", "# About");
        assertThat(manifestError("articles:\n  - file: README.md\n")).isEqualTo(yamlAt(2, 11)
                + "file 'README.md' is not an article (.txt, .md, .markdown, .html, .htm; README and SOURCE files"
                + " never are)");
    }

    @Test
    void storyYamlListingAFileTwice() throws IOException {
        assertThat(manifestError("""
                articles:
                  - file: a.txt
                  - file: b.txt
                  - file: a.txt
                    source: Wire
                """)).isEqualTo(yamlAt(4, 11) + "file 'a.txt' is listed twice (first at 2:11)");
    }

    @Test
    void entryWithoutFile() throws IOException {
        assertThat(manifestError("articles:\n  - source: Wire\n")).isEqualTo(yamlAt(2, 5) + "entry has no 'file'");
    }

    @Test
    void malformedDateInStoryYaml() throws IOException {
        assertThat(manifestError("articles:\n  - file: a.txt\n    published: 2024-13-01\n"))
                .isEqualTo(yamlAt(3, 16) + "'published' is not an ISO date (yyyy-mm-dd): '2024-13-01'");
        assertThat(manifestError("articles:\n  - file: a.txt\n    published: February 1, 2024\n"))
                .isEqualTo(yamlAt(3, 16) + "'published' is not an ISO date (yyyy-mm-dd): 'February 1, 2024'");
    }

    @Test
    void duplicateKey() throws IOException {
        assertThat(manifestError("""
                articles:
                  - file: a.txt
                    source: Wire
                    source: Other
                """)).isEqualTo(yamlAt(4, 5) + "duplicate key 'source' (first at 3:5)");
    }

    @Test
    void wrongTypes() throws IOException {
        assertThat(manifestError("articles:\n  - file: a.txt\n    source: [Wire, Other]\n"))
                .isEqualTo(yamlAt(3, 13) + "'source' must be text, found a list");
        assertThat(manifestError("articles: a.txt\n")).isEqualTo(yamlAt(1, 11) + "'articles' must be a list, found text");
        assertThat(manifestError("articles:\n  - a.txt\n")).isEqualTo(yamlAt(2, 5)
                + "each entry of 'articles' must be a mapping with keys: file, source, url, published, title;"
                + " found text");
        assertThat(manifestError("- a.txt\n")).isEqualTo(yamlAt(1, 1)
                + "story.yaml must be a mapping with keys: title, articles; found a list");
        assertThat(manifestError("title: ''\n")).isEqualTo(yamlAt(1, 8) + "'title' is empty");
    }

    @Test
    void tabIndentation() throws IOException {
        assertThat(manifestError("articles:\n  - file: a.txt\n\tsource: Wire\n")).isEqualTo(yamlAt(3, 1)
                + "invalid YAML: tab character used for indentation; YAML indents with spaces only");
    }

    @Test
    void yamlSyntaxError() throws IOException {
        assertThat(manifestError("title: 'Cairo talks\n")).isEqualTo(yamlAt(2, 1)
                + "invalid YAML: found unexpected end of stream (while scanning a quoted scalar)");
        assertThat(manifestError("title: Cairo: talks\n")).isEqualTo(yamlAt(1, 13)
                + "invalid YAML: mapping values are not allowed here");
    }

    @Test
    void aliasBombIsRefusedAtTheFirstAlias() throws IOException {
        assertThat(manifestError("""
                a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                """)).isEqualTo(yamlAt(2, 8) + "YAML aliases (*a) are not supported; write the value out");
    }

    @Test
    void aliasOfAScalarIsRefusedToo() throws IOException {
        assertThat(manifestError("title: &t Cairo\narticles:\n  - file: a.txt\n    title: *t\n"))
                .isEqualTo(yamlAt(4, 12) + "YAML aliases (*t) are not supported; write the value out");
    }

    @Test
    void misnamedManifestIsRefusedRatherThanIgnored() throws IOException {
        write("a.txt", "Text.");
        Path file = write("story.yml", "title: Cairo talks\n");
        assertThat(loadFails().getMessage()).isEqualTo(file
                + ": the manifest must be named story.yaml (lower case, .yaml); this file would be ignored");
    }

    @Test
    void moreThanOneDocument() throws IOException {
        assertThat(manifestError("title: A\n---\ntitle: B\n"))
                .isEqualTo(yamlAt(3, 1) + "more than one YAML document; expected one");
    }

    // Markdown front matter

    @Test
    void unknownKeyInFrontMatter() throws IOException {
        Path file = write("a.md", "---\ntitle: Cairo\nauthor: Jane\n---\nText.\n");
        assertThat(loadFails().getMessage())
                .isEqualTo(file + ":3:1: unknown key 'author' (expected one of: title, source, url, published)");
    }

    @Test
    void malformedDateInFrontMatter() throws IOException {
        Path file = write("a.md", "---\ntitle: Cairo\npublished: 2024-02-30\n---\nText.\n");
        assertThat(loadFails().getMessage())
                .isEqualTo(file + ":3:12: 'published' is not an ISO date (yyyy-mm-dd): '2024-02-30'");
    }

    @Test
    void unclosedFrontMatter() throws IOException {
        Path file = write("a.md", "---\ntitle: Cairo\n\nText.\n");
        assertThat(loadFails().getMessage())
                .isEqualTo(file + ":1:1: front matter opened by '---' is never closed by a '---' line");
    }

    @Test
    void frontMatterSyntaxErrorIsPlacedInTheFile() throws IOException {
        Path file = write("a.md", "---\ntitle: Cairo\nsource: [Wire\n---\nText.\n");
        // The flow sequence runs into the closing '---' on line 4 of the file.
        assertThat(loadFails().getMessage()).isEqualTo(file + ":4:1: invalid YAML: expected ',' or ']',"
                + " but got <stream end> (while parsing a flow sequence)");
    }
}
