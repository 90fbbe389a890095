package io.factunit.junit;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** The failing test of a story that could not be read or checked, named as the story; its parent holds the error. */
final class LoadErrorDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "load";

    LoadErrorDescriptor(UniqueId id, String storyName, TestSource source) {
        super(id, storyName, source);
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
