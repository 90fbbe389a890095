package io.factunit.assertj;

import io.factunit.article.StoryLoader;
import io.factunit.check.Baseline;
import io.factunit.check.CheckResult;
import io.factunit.check.RuleCompiler;
import io.factunit.check.StoryChecker;
import io.factunit.check.StoryReport;
import io.factunit.language.Language;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * AssertJ entry points for fact checks, for tests that say exactly which verdicts a story must get:
 *
 * <pre>{@code
 * StoryReport report = FactUnitAssertions.check(Path.of("src/test/stories/truce"));
 * assertThat(report).check("prisoners-released-agree").passed().hasValue("240");
 * assertThat(report).check("hostages-released-agree").failed().involves("002");
 * }</pre>
 */
public final class FactUnitAssertions {
    private FactUnitAssertions() {
    }

    public static StoryReportAssert assertThat(StoryReport actual) {
        return new StoryReportAssert(actual);
    }

    public static CheckResultAssert assertThat(CheckResult actual) {
        return new CheckResultAssert(actual);
    }

    /** Checks one story folder with the rule packs on the classpath (the default news pack). */
    public static StoryReport check(Path story) {
        return check(story, new RuleSetLoader().loadClasspathPacks(Thread.currentThread().getContextClassLoader()));
    }

    /** Checks one story folder with the given rule files or folders. */
    public static StoryReport check(Path story, Path... rules) {
        return check(story, new RuleSetLoader().load(List.of(rules)));
    }

    private static StoryReport check(Path story, RuleSet rules) {
        return new StoryChecker(RuleCompiler.compile(rules), Language.english(), Baseline.NONE)
                .check(new StoryLoader().load(story));
    }
}
