package io.factunit.junit;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;

/** A {@link FactCheck} class; Surefire names the report after it. */
final class AnchorDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "class";

    private final Class<?> anchor;

    AnchorDescriptor(UniqueId id, Class<?> anchor) {
        super(id, anchor.getSimpleName(), ClassSource.from(anchor));
        this.anchor = anchor;
    }

    /** Surefire's classname in the XML report, as for Jupiter classes: the qualified name. */
    @Override
    public String getLegacyReportingName() {
        return anchor.getName();
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
