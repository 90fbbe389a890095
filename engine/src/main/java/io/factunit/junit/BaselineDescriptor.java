package io.factunit.junit;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** The baseline's own tests beside the stories it was applied to: its stale entries. */
final class BaselineDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "baseline";

    BaselineDescriptor(UniqueId id) {
        super(id, "baseline");
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
