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
 * One compared claim group: the test a person sees ("truce - prisoner counts must match"; {@link TestNames}).
 * Its source is the outlying claim's file, line and column (or the first claim's), so the IDE jumps to
 * the sentence.
 */
final class ResultDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "group";

    private final CheckResult result;
    private final Severity failOn;
    private final Set<TestTag> tags = new LinkedHashSet<>();

    /**
     * @param failOn the lowest severity that fails the test; null never fails
     * @param name   the check and the group, never the values ({@link TestNames})
     */
    ResultDescriptor(UniqueId id, CheckResult result, Severity failOn, String name) {
        super(id, name, source(result));
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
