package io.factunit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.article.Article;
import io.factunit.article.InputException;
import io.factunit.article.LoadOptions;
import io.factunit.article.Story;
import io.factunit.article.StoryLoader;
import io.factunit.language.Language;
import io.factunit.rules.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The one way into the pipeline, shared by the command line, the test engine, the AssertJ assertions, the
 * rule examples and the benchmark: story folders in (loaded with {@link LoadOptions}), each analysed, its
 * mentions found and its claims checked by the compiled rules, a {@link StoryReport} out per story.
 * <pre>{@code
 * FactChecker checker = FactChecker.builder(rules).baseline(accepted).threads(4).build();
 * StoryReport report = checker.check(Path.of("stories/truce"));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FactChecker {
    private final RuleSet rules;
    private final Language language;
    private final StoryChecker checker;
    private final StoryLoader loader;
    private final int threads;

    private FactChecker(Builder builder) {
        this.rules = builder.rules;
        this.language = builder.language;
        Supplier<CompiledRules> compiled = builder.compiled != null ? builder.compiled
                : () -> RuleCompiler.compile(builder.rules, builder.language); // cached by the compiler
        this.checker = new StoryChecker(builder.rules, compiled, builder.language, builder.baseline);
        this.loader = new StoryLoader(builder.loadOptions, builder.language);
        this.threads = builder.threads;
    }

    /** A checker for {@code rules}, to be configured. */
    public static Builder builder(RuleSet rules) {
        return new Builder(rules);
    }

    public RuleSet rules() {
        return rules;
    }

    /** Loads and checks one story folder. */
    public StoryReport check(Path storyDir) {
        return checker.check(loader.load(storyDir));
    }

    /**
     * Pre-publication mode: the story's published articles and an editor's draft (a file outside the story,
     * read with the same readers and limits), checked together; only contradictions the draft takes part in
     * fail, and each says which outlets the draft disagrees with.
     */
    public StoryReport checkDraft(Path storyDir, Path draftFile) {
        Story story = loader.load(storyDir);
        if (draftFile.toAbsolutePath().normalize().startsWith(storyDir.toAbsolutePath().normalize())) {
            throw new InputException(draftFile, "the draft is inside the story folder " + storyDir
                    + ", where it would count as published; keep drafts outside it");
        }
        Article draft = loader.loadArticle(draftFile);
        for (Article article : story.articles()) {
            if (article.id().equals(draft.id())) {
                throw new InputException(draftFile, "the draft's id '" + draft.id() + "' is also the id of "
                        + article.path().getFileName() + " in the story; rename the draft");
            }
        }
        List<Article> articles = new ArrayList<>(story.articles());
        articles.add(draft);
        return Draft.judge(checker.check(new Story(story.id(), story.dir(), story.title(), articles)), draft);
    }

    /** Checks a story already loaded (or made in memory), reporting each stage's time to {@code timer}. */
    public StoryReport check(Story story, StageTimer timer) {
        return checker.check(story, timer);
    }

    /**
     * Loads and checks each folder on the configured threads, handing the reports to {@code sink} in the order
     * of {@code dirs}; at most two stories per thread are in memory at once.
     */
    public void checkAll(List<Path> dirs, StageTimer timer, Consumer<StoryReport> sink) {
        new StoryRunner(checker, loader, threads).run(dirs, timer, sink);
    }

    /** The rules' own {@code examples:}, run as self-tests through this checker's analysis and rules. */
    public ExampleRunner examples() {
        return new ExampleRunner(rules, checker);
    }

    /** The language the articles are read in. */
    public Language language() {
        return language;
    }

    /** How a {@link FactChecker} is made; every setting has a default but the rules. */
    public static final class Builder {
        private final RuleSet rules;
        private Supplier<CompiledRules> compiled;
        private Baseline baseline = Baseline.NONE;
        private LoadOptions loadOptions = LoadOptions.DEFAULTS;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Language language;

        private Builder(RuleSet rules) {
            if (rules == null) {
                throw new IllegalArgumentException("a checker needs rules");
            }
            this.rules = rules;
        }

        /**
         * The rules' compiled form, if it is being built elsewhere (a cold start builds the Drools KieBase on
         * a background thread while the first articles are analysed); asked for only when claims are ready.
         * They must be compiled for this builder's {@link #language}. Default: compiled on first use.
         */
        public Builder compiled(Supplier<CompiledRules> compiledRules) {
            this.compiled = compiledRules;
            return this;
        }

        /** Discrepancies an editor has accepted. Default: none. */
        public Builder baseline(Baseline accepted) {
            this.baseline = accepted;
            return this;
        }

        /** Size limits for reading story folders. Default: {@link LoadOptions#DEFAULTS}. */
        public Builder loadOptions(LoadOptions options) {
            this.loadOptions = options;
            return this;
        }

        /** Stories checked at once by {@link #checkAll}. Default: the number of processors. */
        public Builder threads(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + count);
            }
            this.threads = count;
            return this;
        }

        /** The language of the articles: its words, number words, calendar. Default: {@link Language#english()}. */
        public Builder language(Language articlesLanguage) {
            this.language = articlesLanguage;
            return this;
        }

        public FactChecker build() {
            if (language == null) {
                language = Language.english();
            }
            return new FactChecker(this);
        }
    }
}
