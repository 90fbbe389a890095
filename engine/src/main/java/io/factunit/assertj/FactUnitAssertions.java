package io.factunit.assertj;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.factunit.check.CheckResult;
import io.factunit.check.FactChecker;
import io.factunit.check.StoryReport;
import io.factunit.language.Language;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * AssertJ entry points for fact checks, for tests that say exactly which verdicts a story must get:
 *
 * <pre>{@code
 * StoryReport report = FactUnitAssertions.check(Path.of("src/test/stories/truce"));
 * assertThat(report).check("prisoners-released-agree").passed().hasValue("240");
 * assertThat(report).check("hostages-released-agree").failed().involves("002");
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FactUnitAssertions {
    /** Read once for every check a test suite makes, as the test engine does: a run holds one language. */
    private static final Language ENGLISH = Language.english();

    private FactUnitAssertions() {
    }

    public static StoryReportAssert assertThat(StoryReport actual) {
        return new StoryReportAssert(actual);
    }

    public static CheckResultAssert assertThat(CheckResult actual) {
        return new CheckResultAssert(actual);
    }

    /**
     * Checks one story folder as the test engine does by default: with the rule packs on the classpath (the default
     * news pack) and the rule files in the classpath's {@code factunit/rules/} folder.
     */
    public static StoryReport check(Path story) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        RuleSetLoader rules = new RuleSetLoader();
        return check(story, rules.extendFromClasspath(rules.loadClasspathPacks(loader), loader, List.of()));
    }

    /** Checks one story folder with the given rule files or folders only. */
    public static StoryReport check(Path story, Path... rules) {
        return check(story, new RuleSetLoader().load(List.of(rules)));
    }

    private static StoryReport check(Path story, RuleSet rules) {
        return FactChecker.builder(rules).language(ENGLISH).build().check(story);
    }
}
