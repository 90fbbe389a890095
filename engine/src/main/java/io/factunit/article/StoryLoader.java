package io.factunit.article;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.language.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Reads a story folder: every article file (.txt, .md, .markdown, .html, .htm; see {@link ArticleFiles}) in
 * file-name order, and the optional story.yaml.
 * <p>
 * Metadata precedence, highest first: story.yaml (the editor's manifest, so the editor can correct a page's
 * wrong or missing metadata without touching the saved page), then the file's own front matter or HTML meta
 * tags, then, for the publication date alone, a dateline near the top of the text. The date is never taken
 * from the clock. A publication date a page gives that is no date is refused, unless story.yaml gives the
 * date (the editor's word makes the page's moot). Boilerplate is recorded in {@link Article#excluded()}, never removed.
 * <p>
 * Anything unreadable is an {@link InputException} naming file, line and column; nothing is skipped silently.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StoryLoader {
    /** From this many files on, a story's files are read on several threads. */
    private static final int PARALLEL_FROM = 16;

    private final LoadOptions options;
    /** Datelines and meta-tag dates, read with the month and weekday names of the articles' language. */
    private final DatelineDetector dates;

    /** A loader with the default limits, for articles in English. */
    public StoryLoader() {
        this(LoadOptions.DEFAULTS);
    }

    /** A loader for articles in English. */
    public StoryLoader(LoadOptions options) {
        this(options, Language.english());
    }

    /** A loader for articles in {@code language}: datelines are written with its month and weekday names. */
    public StoryLoader(LoadOptions options, Language language) {
        this.options = options;
        this.dates = DatelineDetector.of(language);
    }

    /** One story: the articles of {@code dir}. */
    public Story load(Path dir) {
        requireFolder(dir);
        StoryManifest manifest = ManifestReader.read(dir, options);
        List<Path> files = ArticleFiles.list(dir);
        if (files.isEmpty()) {
            throw new InputException(dir, "no articles in this folder (looked for "
                    + ArticleFiles.describeExtensions() + ")");
        }
        // Files are read and parsed on several threads (a story of thousands of short articles spends most of
        // its loading there); each outcome is kept, so the first bad file in name order is the one reported.
        List<Loaded> loaded = (files.size() < PARALLEL_FROM ? files.stream() : files.parallelStream())
                .map(file -> Loaded.of(() -> loadArticle(file, manifest.metadata(file.getFileName().toString()))))
                .toList();
        List<Article> articles = new ArrayList<>();
        Map<String, Path> ids = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Article article = loaded.get(i).article();
            Path clash = ids.putIfAbsent(article.id(), file);
            if (clash != null) {
                throw new InputException(file, "article id '" + article.id() + "' is also the id of "
                        + clash.getFileName() + "; rename one of them");
            }
            articles.add(article);
        }
        return new Story(dir.getFileName().toString(), dir, manifest.title(), articles);
    }

    /**
     * Every story under {@code root}, in folder-name order: {@code root} itself when it holds articles, then
     * each direct sub-folder that holds articles or a story.yaml. Hidden folders are skipped; so are folders
     * with neither (images, notes).
     */
    public List<Story> loadAll(Path root) {
        List<Path> dirs = requireStoryFolders(root);
        List<Story> stories = new ArrayList<>();
        for (Path dir : dirs) {
            stories.add(load(dir));
        }
        return stories;
    }

    /** The folders {@link #loadAll} would load, without reading them; a folder with none is bad input. */
    public static List<Path> requireStoryFolders(Path root) {
        List<Path> dirs = storyFolders(root);
        if (dirs.isEmpty()) {
            throw new InputException(root, "no articles in this folder or its sub-folders (looked for "
                    + ArticleFiles.describeExtensions() + ")");
        }
        return dirs;
    }

    /**
     * The folders {@link #loadAll} would load, without reading them; empty when there are none. A sub-folder
     * reached through a symbolic link is refused here, before any story is read: it could lead anywhere.
     */
    public static List<Path> storyFolders(Path root) {
        requireFolder(root);
        List<Path> dirs = new ArrayList<>();
        if (ArticleFiles.any(root)) {
            dirs.add(root);
        }
        for (Path dir : subFolders(root)) {
            boolean manifest = InputFiles.entry(dir.resolve(ArticleFiles.MANIFEST)) != InputFiles.Kind.MISSING;
            if (manifest || ArticleFiles.any(dir)) {
                dirs.add(dir);
            }
        }
        return dirs;
    }

    /** Whether a file belongs to a story: an article, or the folder's story.yaml (a link or pipe so named too). */
    public static boolean isStoryFile(Path file) {
        String name = file.getFileName().toString();
        if (ArticleFiles.format(name) == null && !name.equals(ArticleFiles.MANIFEST)) {
            return false;
        }
        InputFiles.Kind kind = InputFiles.entry(file);
        return kind != InputFiles.Kind.FOLDER && kind != InputFiles.Kind.MISSING;
    }

    /**
     * One article file on its own, read as {@link #load(Path)} would read it in its folder: the same readers,
     * front matter, boilerplate and dateline detection, and the folder's story.yaml when there is one. The
     * user named this file, so it may be a link; it is read where the link leads, beside that folder's
     * story.yaml.
     */
    public Article loadArticle(Path named) {
        InputFiles.Kind kind = InputFiles.entryFollowingLinks(named);
        if (kind == InputFiles.Kind.MISSING) {
            throw new InputException(named, "no such file");
        }
        if (kind == InputFiles.Kind.FOLDER) {
            throw new InputException(named, "a folder, not an article file; name its files (" + named + "/*.txt)");
        }
        if (kind != InputFiles.Kind.REGULAR) {
            throw new InputException(named, kind.description() + ", not a regular file");
        }
        Path file = InputFiles.entry(named) == InputFiles.Kind.LINK ? realPath(named) : named;
        String name = file.getFileName().toString();
        if (ArticleFiles.format(name) == null) {
            throw new InputException(file, "not an article (" + ArticleFiles.describeExtensions()
                    + "; README and SOURCE files never are)");
        }
        // "a.txt" has no parent; its folder is the working directory
        Path dir = file.getParent() == null ? Path.of("") : file.getParent();
        return loadArticle(file, ManifestReader.read(dir, options).metadata(name));
    }

    private Article loadArticle(Path file, ArticleMetadata manifest) {
        String name = file.getFileName().toString();
        String content = TextFileReader.read(file, options.maxArticleBytes(), options.articleLimitName());
        ParsedArticle parsed = VisibleText.of(switch (ArticleFiles.format(name)) {
            case MARKDOWN -> MarkdownReader.parse(file, content);
            case HTML -> HtmlReader.parse(content, dates);
            case TEXT -> new ParsedArticle(content, ArticleMetadata.NONE, new LineMap(content)::position);
        });
        if (parsed.text().isBlank()) {
            throw new InputException(file, "no article text" + (ArticleFiles.format(name) == ArticleFiles.Format.HTML
                    ? " left after removing scripts, navigation and other page furniture" : ""));
        }
        ParsedArticle.DateProblem unreadableDate = parsed.unreadableDate();
        if (unreadableDate != null && manifest.published() == null) {
            throw new InputException(file, unreadableDate.at().line(), unreadableDate.at().column(),
                    unreadableDate.reason() + "; correct the page, or give the article's 'published' date in "
                            + ArticleFiles.MANIFEST);
        }
        ArticleMetadata metadata = manifest.orElse(parsed.metadata());
        List<Span> excluded = Boilerplate.find(parsed.text());
        LocalDate published = metadata.published();
        Article.DateOrigin origin = Article.DateOrigin.METADATA;
        if (published == null) {
            published = dates.find(parsed.text(), excluded);
            origin = published == null ? Article.DateOrigin.UNKNOWN : Article.DateOrigin.DATELINE;
        }
        return new Article(ArticleFiles.id(name), file, parsed.text(), metadata.title(), metadata.source(),
                metadata.url(), published, origin, excluded, parsed.positions());
    }

    /** An article read, or what reading it threw (thrown again in file order). */
    private record Loaded(Article read, RuntimeException error) {
        static Loaded of(java.util.function.Supplier<Article> reading) {
            try {
                return new Loaded(reading.get(), null);
            } catch (RuntimeException e) {
                return new Loaded(null, e);
            }
        }

        Article article() {
            if (error != null) {
                throw error;
            }
            return read;
        }
    }

    private static Path realPath(Path link) {
        try {
            return link.toRealPath();
        } catch (IOException e) {
            throw new InputException(link, 0, 0, "cannot read: " + InputFiles.reason(e), e);
        }
    }

    private static void requireFolder(Path dir) {
        if (!Files.exists(dir)) {
            throw new InputException(dir, "no such folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir, "not a folder; a story is a folder of articles");
        }
    }

    /** Sub-folders in name order, hidden ones left out; a link to a folder is refused, never followed. */
    private static List<Path> subFolders(Path root) {
        // the name made once per entry; only folders (and links to them) are sorted, not the articles beside them
        record Entry(String name, Path path, boolean link) {
        }
        List<Entry> dirs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                InputFiles.Kind kind = InputFiles.entry(entry);
                if (kind == InputFiles.Kind.FOLDER || kind == InputFiles.Kind.LINK && Files.isDirectory(entry)) {
                    dirs.add(new Entry(name, entry, kind == InputFiles.Kind.LINK));
                }
            }
        } catch (IOException e) {
            throw new InputException(root, 0, 0, "cannot list folder: " + InputFiles.reason(e), e);
        }
        dirs.sort(Comparator.comparing(Entry::name));
        List<Path> folders = new ArrayList<>();
        for (Entry dir : dirs) {
            if (dir.link()) {
                throw new InputException(dir.path(), InputFiles.linkedFolderRefusal(dir.path()));
            }
            folders.add(dir.path());
        }
        return folders;
    }
}
