package io.factunit.junit;

import io.factunit.check.CheckResult;
import io.factunit.claim.Claim;
import io.factunit.rules.Severity;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * One compared claim group: the test a person sees ("truce - prisoner counts must match: 240 in 3 articles").
 * Its source is the outlying claim's file, line and column (or the first claim's), so the IDE jumps to
 * the sentence.
 */
final class ResultDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "group";

    private final CheckResult result;
    private final Severity failOn;
    private final Set<TestTag> tags = new LinkedHashSet<>();

    /**
     * @param failOn    the lowest severity that fails the test; null never fails
     * @param storyName the story's display name: Surefire's and Gradle's reports keep only a test's class and
     *                  display name, so the story comes first, or two stories' same finding would be one test
     */
    ResultDescriptor(UniqueId id, CheckResult result, Severity failOn, String storyName) {
        super(id, Execution.printable(storyName + " - " + result.displayName()), source(result));
        this.result = result;
        this.failOn = failOn;
        tags.add(TestTag.create(result.severity().yamlName()));
        result.check().tags().stream().filter(TestTag::isValid).map(TestTag::create).forEach(tags::add);
    }

    private static TestSource source(CheckResult result) {
        Claim claim = result.outlier() != null ? result.outlier()
                : result.claims().isEmpty() ? null : result.claims().get(0);
        if (claim == null || !claim.article().path().toFile().isFile()) {
            return null;
        }
        return FileSource.from(claim.article().path().toAbsolutePath().toFile(),
                FilePosition.from(claim.position().line(), claim.position().column()));
    }

    CheckResult result() {
        return result;
    }

    /** Whether this result's failure fails the test, or only warns. */
    boolean failsBuild() {
        return failOn != null && result.severity().atLeast(failOn);
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
