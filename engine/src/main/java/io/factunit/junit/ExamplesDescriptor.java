package io.factunit.junit;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** The self-tests of the named rule files; its children are {@link ExampleDescriptor}s. */
final class ExamplesDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "examples";

    ExamplesDescriptor(UniqueId id) {
        super(id, "rule examples");
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
