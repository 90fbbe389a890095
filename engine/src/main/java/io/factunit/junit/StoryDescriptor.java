package io.factunit.junit;

import java.nio.file.Path;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.DirectorySource;

/** One story folder. If it could not be read or checked, it carries the error and fails as a whole. */
final class StoryDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "story";

    private final RuntimeException error;

    StoryDescriptor(UniqueId id, Path dir, RuntimeException error) {
        super(id, dir.toString(), DirectorySource.from(dir.toAbsolutePath().toFile()));
        this.error = error;
    }

    RuntimeException error() {
        return error;
    }

    @Override
    public Type getType() {
        return error == null ? Type.CONTAINER : Type.TEST;
    }
}
