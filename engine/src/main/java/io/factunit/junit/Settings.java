package io.factunit.junit;

import io.factunit.article.LoadOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * What to check and how, from a {@link FactCheck} annotation, else the configuration parameters
 * ({@code junit-platform.properties} or Surefire's configurationParameters), else the defaults.
 *
 * @param failOnName where failOn was written, for its error message: {@code factunit.failOn} or
 *                   {@code @FactCheck(failOn)}
 * @param maxArticleSize as written ({@code factunit.maxArticleSize}); {@link #loadOptions()} reads it
 * @param showInapplicable whether checks nothing in a story speaks to are listed as skipped tests
 *                         ({@code factunit.showInapplicable}); by default they are left out
 * @param naming whether test names start with the story ({@code factunit.naming}: long, the default, or short)
 * @param failOnStale whether a baseline entry that matches no failure fails ({@code factunit.failOnStale}); by
 *                    default it is a skipped test with a warning
 * @param draft an editor's draft checked with each story's published articles ({@code factunit.draft}), or null
 * @param defaultRules whether the rule packs on the classpath are checked with, the named rules and those in the
 *                     classpath's {@code factunit/rules/} folder added to them ({@code factunit.defaultRules},
 *                     {@code @FactCheck(defaultRules)}: either turns them off)
 */
record Settings(List<Path> stories, List<Path> rules, Path baseline, String failOn, String failOnName,
                String maxArticleSize, boolean showInapplicable, String naming, boolean failOnStale, Path draft,
                boolean defaultRules) {
    static final String STORIES = "factunit.stories";
    static final String RULES = "factunit.rules";
    static final String BASELINE = "factunit.baseline";
    static final String FAIL_ON = "factunit.failOn";
    static final String MAX_ARTICLE_SIZE = "factunit.maxArticleSize";
    static final String SHOW_INAPPLICABLE = "factunit.showInapplicable";
    static final String FAIL_ON_STALE = "factunit.failOnStale";
    static final String DRAFT = "factunit.draft";
    static final String DEFAULT_RULES = "factunit.defaultRules";
    static final String DEFAULT_STORIES = "src/test/stories";
    static final String DEFAULT_MAX_ARTICLE_SIZE = "5MB";

    static Settings from(ConfigurationParameters config) {
        return new Settings(paths(config.get(STORIES).orElse(DEFAULT_STORIES)),
                paths(config.get(RULES).orElse("")),
                config.get(BASELINE).filter(s -> !s.isBlank()).map(Path::of).orElse(null),
                config.get(FAIL_ON).orElse("error"), FAIL_ON,
                config.get(MAX_ARTICLE_SIZE).orElse(DEFAULT_MAX_ARTICLE_SIZE),
                config.getBoolean(SHOW_INAPPLICABLE).orElse(false),
                config.get(TestNames.NAMING).orElse("long"), config.getBoolean(FAIL_ON_STALE).orElse(false),
                config.get(DRAFT).filter(s -> !s.isBlank()).map(Path::of).orElse(null),
                config.getBoolean(DEFAULT_RULES).orElse(true));
    }

    static Settings from(FactCheck annotation, ConfigurationParameters config) {
        Settings defaults = from(config);
        return new Settings(
                annotation.stories().length > 0 ? Arrays.stream(annotation.stories()).map(Path::of).toList()
                        : defaults.stories(),
                annotation.rules().length > 0 ? Arrays.stream(annotation.rules()).map(Path::of).toList()
                        : defaults.rules(),
                annotation.baseline().isBlank() ? defaults.baseline() : Path.of(annotation.baseline()),
                annotation.failOn().isBlank() ? defaults.failOn() : annotation.failOn(),
                annotation.failOn().isBlank() ? defaults.failOnName() : "@FactCheck(failOn)",
                defaults.maxArticleSize(), defaults.showInapplicable(), defaults.naming(), defaults.failOnStale(),
                defaults.draft(), annotation.defaultRules() && defaults.defaultRules());
    }

    Settings withStories(List<Path> dirs) {
        return new Settings(dirs, rules, baseline, failOn, failOnName, maxArticleSize, showInapplicable, naming,
                failOnStale, draft, defaultRules);
    }

    /**
     * The loader's limits: {@code factunit.maxArticleSize} in the command line's {@code --max-article-size}
     * syntax (5MB, 500KB, 1048576), named in the message of an article over it.
     */
    LoadOptions loadOptions() {
        try {
            return LoadOptions.DEFAULTS.withMaxArticleBytes(LoadOptions.parseSize(maxArticleSize), MAX_ARTICLE_SIZE);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(MAX_ARTICLE_SIZE + ": " + e.getMessage());
        }
    }

    private static List<Path> paths(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    }
}
