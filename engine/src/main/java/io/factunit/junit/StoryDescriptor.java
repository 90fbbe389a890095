package io.factunit.junit;

import java.nio.file.Path;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.DirectorySource;

/**
 * One story folder, named by its story.yaml title, else its folder name. If it could not be read or
 * checked it carries the error and is itself a failing test, so the problem shows in every report.
 */
final class StoryDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "story";

    private final RuntimeException error;

    StoryDescriptor(UniqueId id, Path dir, String title, RuntimeException error) {
        super(id, title != null && !title.isBlank() ? title : name(dir),
                DirectorySource.from(dir.toAbsolutePath().normalize().toFile()));
        this.error = error;
    }

    private static String name(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? dir.toString() : name.toString();
    }

    RuntimeException error() {
        return error;
    }

    @Override
    public Type getType() {
        return error == null ? Type.CONTAINER : Type.TEST;
    }
}
