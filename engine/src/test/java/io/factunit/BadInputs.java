package io.factunit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Bad input that the command line and the test engine must both turn into one clear message (the same one),
 * never a stack trace and never silence. Each case writes a story folder (and may spoil the rule file) and
 * returns the message it must end in.
 */
public final class BadInputs {
    /** Stands for the name of the article size setting, which each front end spells its own way. */
    public static final String ARTICLE_LIMIT = "{article-limit}";

    /** A rule file small enough to compile in a blink; {@link #GOOD} contradicts it on purpose. */
    public static final String RULES = """
            claims:
              - id: prisoners-released
                title: prisoners released
                mention: quantity
                head: [prisoner]
                verb: release
            checks:
              - id: prisoners-agree
                title: prisoner counts must match
                kind: agree
                claim: prisoners-released
            """;

    public static final String GOOD = "Israel released 240 Palestinian prisoners on Thursday.\n";

    private static final String ENCODING_ADVICE = "save the file as UTF-8 (FactUnit does not guess encodings)";
    private static final String BINARY_ADVICE = "articles must be UTF-8 text, or UTF-16 with a byte-order mark";

    private BadInputs() {
    }

    @FunctionalInterface
    public interface Setup {
        /** Writes into {@code story} (which holds nothing yet) and may overwrite {@code rules}; the message. */
        String write(Path story, Path rules) throws IOException;
    }

    public record Case(String name, Setup setup) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Case> cases() {
        return List.of(
                new Case("binary file", (story, rules) -> {
                    good(story);
                    Path png = bytes(story, "b.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
                    return png + ": binary file, not text (contains NUL bytes); " + BINARY_ADVICE;
                }),
                new Case("invalid UTF-8", (story, rules) -> {
                    good(story);
                    // "Café" saved as Latin-1: 0xE9 is not UTF-8. Refused, never replaced by U+FFFD.
                    Path latin1 = bytes(story, "b.txt", "Line one\nCaf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
                    return latin1 + ":2:4: invalid UTF-8 at byte offset 12 (0xE9); " + ENCODING_ADVICE;
                }),
                new Case("UTF-16 with a byte-order mark but half a character", (story, rules) -> {
                    good(story);
                    Path utf16 = bytes(story, "b.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'});
                    return utf16 + ":1:2: invalid UTF-16LE at byte offset 4 (0x62); save the file as UTF-16LE"
                            + " (FactUnit does not guess encodings)";
                }),
                new Case("50 MB article", (story, rules) -> {
                    good(story);
                    Path big = fiftyMegabytes(story.resolve("b.txt"));
                    return big + ": file is 52428800 bytes, over the limit of 5242880 bytes (" + ARTICLE_LIMIT + ")";
                }),
                new Case("HTML page full of scripts", (story, rules) -> {
                    good(story);
                    Path page = text(story, "b.html", scriptsOnlyPage());
                    return page + ": no article text left after removing scripts, navigation and other page furniture";
                }),
                new Case("story.yaml naming a missing file", (story, rules) -> {
                    good(story);
                    Path yaml = text(story, "story.yaml", "title: Truce\narticles:\n  - file: c.txt\n");
                    return yaml + ":3:11: file 'c.txt' does not exist in " + story;
                }),
                new Case("malformed front matter date", (story, rules) -> {
                    good(story);
                    Path md = text(story, "b.md", "---\ntitle: Truce\npublished: 2024-02-30\n---\n" + GOOD);
                    return md + ":3:12: 'published' is not an ISO date (yyyy-mm-dd): '2024-02-30'";
                }),
                new Case("malformed HTML meta date", (story, rules) -> {
                    good(story);
                    Path html = text(story, "b.html", "<html><head>\n<meta property=\"article:published_time\""
                            + " content=\"2024-02-30\"></head><body><p>" + GOOD + "</p></body></html>\n");
                    return html + ":2:50: the publication date in <meta property=\"article:published_time\"> is not a"
                            + " date (yyyy-mm-dd): '2024-02-30'; correct the page, or give the article's 'published'"
                            + " date in story.yaml";
                }),
                manifest("story.yaml with an unknown key", "articles:\n  - file: a.txt\n    publised: 2024-02-01\n",
                        ":3:5: unknown key 'publised' (expected one of: file, source, url, published, title)"),
                manifest("story.yaml with a wrong type", "articles:\n  - file: a.txt\n    source: [Wire, Other]\n",
                        ":3:13: 'source' must be text, found a list"),
                manifest("story.yaml indented with a tab", "articles:\n  - file: a.txt\n\tsource: Wire\n",
                        ":3:1: invalid YAML: tab character used for indentation; YAML indents with spaces only"),
                manifest("story.yaml with a duplicate key", "articles:\n  - file: a.txt\n    source: A\n    source: B\n",
                        ":4:5: duplicate key 'source' (first at 3:5)"),
                manifest("story.yaml alias bomb", aliasBomb(),
                        ":2:8: YAML aliases (*a) are not supported; write the value out"),
                manifest("story.yaml with a YAML tag", "title: !!java.net.URL [\"http://example.com/\"]\n",
                        ":1:8: YAML tags (!!java.net.URL) are not supported; write the value plainly"),
                manifest("story.yaml with a YAML tag on a key", "!!python/object title: Truce\n",
                        ":1:1: YAML tags (!!python/object) are not supported; write the value plainly"),
                manifest("story.yaml with a multi-line value", "articles:\n  - file: a.txt\n    published: |\n"
                        + "      2024-02-01\n      noon\n", ":3:16: 'published' is not an ISO date (yyyy-mm-dd):"
                        + " '2024-02-01\\nnoon'"),
                new Case("10 MB story.yaml", (story, rules) -> {
                    good(story);
                    Path yaml = text(story, "story.yaml", "title: Truce\n" + "#".repeat(10 * 1024 * 1024) + "\n");
                    return yaml + ": file is " + Files.size(yaml) + " bytes, over the limit of 1048576 bytes"
                            + " (LoadOptions.maxManifestBytes)";
                }),
                rules("rule file with an unknown key", RULES.replace("    verb: release", "    verbs: release"),
                        ":6:5: unknown key 'verbs' in a claim (expected one of: id, title, description, mention, head,"
                                + " bare, verb, context, unless, modifier, unless-modifier, pattern, range, qualifiers,"
                                + " align-by, open, event)"),
                rules("rule file with a wrong type", RULES.replace("title: prisoner counts must match", "title: [a, b]"),
                        ":9:12: 'title' must be text, found a list"),
                rules("rule file indented with a tab", RULES.replace("\n    verb:", "\n\tverb:"),
                        ":6:1: tab character used for indentation; YAML indents with spaces"),
                rules("rule file with a duplicate key", RULES.replace("    verb: release", "    head: [detainee]"),
                        ":6:5: duplicate key 'head' (first at 5:5)"),
                rules("rule file alias bomb", aliasBomb(), ":2:8: YAML aliases (*a) are not allowed in rule files"),
                // Rule files are data: the classic YAML gadget builds nothing, and there is no raw DRL to write.
                rules("rule file with a code-running YAML tag", "claims: !!javax.script.ScriptEngineManager"
                        + " [!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.com/\"]]]]\n",
                        ":1:9: YAML tags (!!javax.script.ScriptEngineManager) are not allowed in rule files;"
                                + " a rule file is plain data"),
                rules("rule file with a YAML tag on an explicit key", "? !!javax.script.ScriptEngineManager claims\n"
                        + ": []\n", ":1:3: YAML tags (!!javax.script.ScriptEngineManager) are not allowed in rule files;"
                        + " a rule file is plain data"),
                rules("rule file with a raw DRL block", RULES.replace("    claim: prisoners-released",
                        "    claim: prisoners-released\n    drl: 'rule \"x\" when then System.exit(1); end'"),
                        ":12:5: unknown key 'drl' in a check (expected one of: id, title, description, kind, severity,"
                                + " tags, claim, part, whole, parts, total, duration, range, before, after, tolerance,"
                                + " open-bound, alignment, weak-alignment, examples)"),
                new Case("10 MB rule file", (story, rules) -> {
                    good(story);
                    text(story, "b.txt", GOOD);
                    Files.writeString(rules, RULES + "#".repeat(10 * 1024 * 1024) + "\n");
                    return rules + ": file is " + Files.size(rules) + " bytes; rule files are limited to 1000000 characters";
                }),
                // Found by RuleSetLoaderFuzzTest: a value quoted in a message must not break it into lines.
                rules("rule file with a multi-line value", RULES.replace("kind: agree", "kind: \"agree\\r\\nor not\""),
                        ":10:11: unknown kind 'agree\\r\\nor not' (expected one of: agree, not-decreasing, at-most, sum,"
                                + " weekday-matches-date, duration-matches-range, date-order, same-spelling, same-title,"
                                + " same-quote, event-dates-agree, quote-wording)"),
                rules("rule referencing an unknown claim", RULES.replace("claim: prisoners-released", "claim: prisoner-released"),
                        ":8:5: check 'prisoners-agree' names unknown claim 'prisoner-released' as claim"
                                + " (known claims: prisoners-released)"),
                // A story folder is untrusted: links are never followed, special files never opened.
                new Case("article linked to a file outside the story", (story, rules) -> {
                    good(story);
                    Files.writeString(story.resolveSibling("secret.env"), "TOKEN=s3cr3t\n" + GOOD);
                    Path link = Files.createSymbolicLink(story.resolve("b.txt"), Path.of("../secret.env"));
                    return link + ": a symbolic link to ../secret.env, not a regular file; only regular files"
                            + " inside the story folder are read (links are never followed): put the file itself here";
                }),
                new Case("article linked to /etc/passwd", (story, rules) -> {
                    good(story);
                    Path link = Files.createSymbolicLink(story.resolve("b.txt"), Path.of("/etc/passwd"));
                    return link + ": a symbolic link to /etc/passwd, not a regular file; only regular files"
                            + " inside the story folder are read (links are never followed): put the file itself here";
                }),
                new Case("dangling link named like an article", (story, rules) -> {
                    good(story);
                    text(story, "b.txt", GOOD);
                    Path link = Files.createSymbolicLink(story.resolve("c.md"), Path.of("gone.md"));
                    return link + ": a symbolic link to gone.md (which leads to no file), not a regular file; only"
                            + " regular files inside the story folder are read (links are never followed): put the"
                            + " file itself here";
                }),
                new Case("link loop named like an article", (story, rules) -> {
                    good(story);
                    text(story, "b.txt", GOOD);
                    Files.createSymbolicLink(story.resolve("c.txt"), Path.of("d.txt"));
                    Files.createSymbolicLink(story.resolve("d.txt"), Path.of("c.txt"));
                    return story.resolve("c.txt") + ": a symbolic link to d.txt (which leads to no file), not a"
                            + " regular file; only regular files inside the story folder are read (links are never"
                            + " followed): put the file itself here";
                }),
                new Case("story.yaml linked to /dev/stdin", (story, rules) -> {
                    good(story);
                    text(story, "b.txt", GOOD);
                    Path link = Files.createSymbolicLink(story.resolve("story.yaml"), Path.of("/dev/stdin"));
                    return link + ": a symbolic link to /dev/stdin, not a regular file; only regular files inside"
                            + " the story folder are read (links are never followed): put the file itself here";
                }),
                new Case("story.yaml that is a named pipe", (story, rules) -> {
                    good(story);
                    text(story, "b.txt", GOOD);
                    Path fifo = fifo(story.resolve("story.yaml"));
                    return fifo + ": a named pipe (FIFO), not a regular file; only regular files inside the story"
                            + " folder are read";
                }),
                new Case("article that is a named pipe", (story, rules) -> {
                    good(story);
                    Path fifo = fifo(story.resolve("b.txt"));
                    return fifo + ": a named pipe (FIFO), not a regular file; only regular files inside the story"
                            + " folder are read";
                }),
                new Case("sub-folder linked to a folder outside", (story, rules) -> {
                    good(story);
                    text(story, "b.txt", GOOD);
                    Path outside = Files.createDirectories(story.resolveSibling("elsewhere"));
                    text(outside, "x.txt", GOOD);
                    text(outside, "y.txt", GOOD);
                    Path link = Files.createSymbolicLink(story.resolve("more"), Path.of("../elsewhere"));
                    return link + ": a symbolic link to ../elsewhere, not a folder; story folders are never reached"
                            + " through links: put the folder itself here";
                }),
                new Case("story.yaml naming a file with a NUL", (story, rules) -> {
                    good(story);
                    text(story, "b.txt", GOOD);
                    Path yaml = text(story, "story.yaml", "articles:\n  - file: \"a\\0.txt\"\n");
                    return yaml + ":2:11: 'file' contains a NUL character: 'a\\u0000.txt'";
                }),
                new Case("rule file that is a named pipe", (story, rules) -> {
                    good(story);
                    text(story, "b.txt", GOOD);
                    Files.delete(rules);
                    return fifo(rules) + ": a named pipe (FIFO), not a rule file or folder";
                }),
                new Case("regex that backtracks catastrophically", (story, rules) -> {
                    good(story);
                    text(story, "b.txt", GOOD);
                    // Bounded repetition of a group that can split a word many ways: Java's matcher caches
                    // nothing here, so without a budget this runs for longer than anyone waits.
                    Files.writeString(rules, RULES.replace("    verb: release", "    verb: release\n"
                            + "    pattern: '(\\w+\\s?){1,60}$'"));
                    return rules + ":2:5: pattern '(\\w+\\s?){1,60}$' of claim 'prisoners-released' backtracks"
                            + " without end on the sentence \"" + GOOD.strip() + "\"; simplify it (avoid nested"
                            + " repetition like (a+)+)";
                }));
    }

    /** The valid rules and one agreeing article, before a case spoils something. */
    public static void prepare(Path story, Path rules) throws IOException {
        Files.createDirectories(story);
        Files.writeString(rules, RULES);
    }

    private static Case manifest(String name, String yaml, String at) {
        return new Case(name, (story, rules) -> {
            good(story);
            text(story, "b.txt", GOOD);
            return text(story, "story.yaml", yaml) + at;
        });
    }

    private static Case rules(String name, String yaml, String at) {
        return new Case(name, (story, rules) -> {
            good(story);
            text(story, "b.txt", GOOD);
            Files.writeString(rules, yaml);
            return rules + at;
        });
    }

    /**
     * A named pipe at {@code path}. Opening one for reading blocks until a writer comes, so a reader that
     * opened it would hang the test: a writer thread that comes after a while turns that into a failure
     * (the pipe's text is read) instead.
     */
    public static Path fifo(Path path) throws IOException {
        try {
            int exit = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IOException("mkfifo " + path + " failed with exit code " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        Thread writer = new Thread(() -> {
            try {
                Thread.sleep(10_000);
                Files.writeString(path, "Israel released 999 prisoners read from a pipe.\n");
            } catch (IOException | InterruptedException e) {
                // the pipe is gone with its folder: nobody opened it, as it should be
            }
        }, "fifo-unblocker");
        writer.setDaemon(true);
        writer.start();
        return path;
    }

    static void good(Path story) throws IOException {
        text(story, "a.txt", GOOD);
    }

    public static Path text(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    public static Path bytes(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** 50 MB of a plausible line, written in 1 MB chunks so the test itself stays small in memory. */
    public static Path fiftyMegabytes(Path file) throws IOException {
        byte[] line = GOOD.getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[1024 * 1024];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = line[i % line.length];
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }
        return file;
    }

    /** A page that is nothing but furniture: scripts (with figures in them), navigation, a footer. */
    static String scriptsOnlyPage() {
        StringBuilder page = new StringBuilder("<!doctype html><html><head><title>Truce</title>");
        for (int i = 0; i < 200; i++) {
            page.append("<script>var released = ").append(i).append("; track('Israel released ").append(i)
                    .append(" prisoners');</script>\n");
        }
        return page.append("</head><body><nav>Home | World</nav><script>render()</script>"
                + "<noscript>Enable JavaScript</noscript><footer>© News</footer></body></html>").toString();
    }

    /** "Billion laughs": nine references per level, nine levels; harmless only if aliases are never expanded. */
    public static String aliasBomb() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        return yaml.toString();
    }
}
