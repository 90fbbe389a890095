package io.factunit.junit;

import io.factunit.rules.CheckDefinition;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** One check within a story; its children are the compared claim groups. */
final class CheckDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "check";

    private final Set<TestTag> tags = new LinkedHashSet<>();

    CheckDescriptor(UniqueId id, CheckDefinition check) {
        super(id, check.title());
        tags.add(TestTag.create(check.severity().yamlName()));
        check.tags().stream().filter(TestTag::isValid).map(TestTag::create).forEach(tags::add);
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
