package io.factunit.junit;

import io.factunit.article.LoadOptions;
import io.factunit.check.Baseline;
import io.factunit.check.FactChecker;
import io.factunit.check.StoryReport;
import io.factunit.language.Language;
import io.factunit.rules.BaselineLoader;
import io.factunit.rules.CheckDefinition;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Checks stories for the engine, once per JVM: Surefire runs discovery twice per class, and the IDE may
 * discover again to rerun one test, so results are cached by story folder, rules, baseline, load limits and
 * the folder's newest modification time (an edited article is checked afresh).
 */
final class StoryRuns {
    private static final Map<String, StoryReport> CACHE = new ConcurrentHashMap<>();
    private static final Map<RuleKey, RuleSet> RULES = new ConcurrentHashMap<>();
    private static final Map<ClassLoader, RuleSet> PACKS = new ConcurrentHashMap<>();
    private static final Map<String, Baseline> BASELINES = new ConcurrentHashMap<>();
    /** The language every story and rule example of the engine is read in. */
    static final Language LANGUAGE = Language.english();

    private StoryRuns() {
    }

    /** What the rules are read with: the named files, whether the packs count, and the classpath searched. */
    private record RuleKey(List<Path> paths, boolean packs, ClassLoader loader) {
    }

    /**
     * The packs on the classpath (unless turned off), with the rule files in its {@code factunit/rules/} folders
     * and the named ones added.
     */
    static RuleSet rules(Settings settings) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        RuleSet rules = RULES.computeIfAbsent(new RuleKey(settings.rules(), settings.defaultRules(), loader),
                key -> new RuleSetLoader().extendFromClasspath(key.packs() ? packs(loader) : RuleSet.EMPTY, loader,
                        key.paths()));
        if (rules.checks().isEmpty()) {
            // without checks every story would be an empty container, which the platform prunes silently
            throw new SettingsException("no rules: add the io.factunit:factunit-rules dependency for the default"
                    + " news pack, put rule files in src/test/resources/" + RuleSetLoader.CLASSPATH_FOLDER
                    + "/, or name them in @FactCheck(rules = ...) or " + Settings.RULES);
        }
        return rules;
    }

    /** The checks of the project's own rule files: all but the packs', whose examples are their module's business. */
    static List<CheckDefinition> ownChecks(Settings settings) {
        Set<String> packFiles = settings.defaultRules()
                ? Set.copyOf(packs(Thread.currentThread().getContextClassLoader()).sources()) : Set.of();
        return rules(settings).checks().stream().filter(check -> !packFiles.contains(check.location().file())).toList();
    }

    private static RuleSet packs(ClassLoader loader) {
        return PACKS.computeIfAbsent(loader, l -> new RuleSetLoader().loadClasspathPacks(l));
    }

    static StoryReport check(Path storyDir, Settings settings) {
        LoadOptions options = settings.loadOptions();
        Baseline baseline = baseline(settings);
        String key = storyDir.toAbsolutePath().normalize() + "|" + settings.rules() + "|" + settings.defaultRules() + "|"
                + System.identityHashCode(Thread.currentThread().getContextClassLoader()) + "|" + settings.baseline() + "|"
                + System.identityHashCode(baseline) + "|" + options + "|" + newest(storyDir) + "|" + settings.draft()
                + "|" + stamp(settings.draft());
        return CACHE.computeIfAbsent(key, k -> {
            FactChecker checker = FactChecker.builder(rules(settings)).language(LANGUAGE).baseline(baseline)
                    .loadOptions(options).build();
            return settings.draft() == null ? checker.check(storyDir) : checker.checkDraft(storyDir, settings.draft());
        });
    }

    /**
     * The baseline file read once per version of it: its stories' reports share its entries, so a run can tell
     * which entries none of them used (the stale ones).
     */
    static Baseline baseline(Settings settings) {
        if (settings.baseline() == null) {
            return Baseline.NONE;
        }
        Path file = settings.baseline().toAbsolutePath().normalize();
        String key = file + "|" + stamp(file);
        return BASELINES.computeIfAbsent(key, k -> new Baseline(new BaselineLoader().load(settings.baseline())));
    }

    private static FileTime newest(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(StoryRuns::modified).max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** A file's modification time, so that an edited one is read afresh; a missing one is for its reader to report. */
    private static String stamp(Path file) {
        return file == null || !Files.exists(file) ? "none" : modified(file).toString();
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS); // a link is never followed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
