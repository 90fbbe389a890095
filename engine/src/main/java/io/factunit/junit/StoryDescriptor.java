package io.factunit.junit;

import java.nio.file.Path;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.DirectorySource;

/**
 * One story folder, named by its story.yaml title, else its folder name. If it could not be read or
 * checked it carries the error and holds one failing test saying so ({@link LoadErrorDescriptor}). That test
 * has no tags, so a tag filter ({@code -Dgroups=error}) drops it; the story then fails itself, which no filter
 * can drop: it stays because it {@linkplain #mayRegisterTests() may register tests}.
 */
final class StoryDescriptor extends AbstractTestDescriptor {
    static final String SEGMENT = "story";

    private final RuntimeException error;

    StoryDescriptor(UniqueId id, Path dir, String title, RuntimeException error) {
        super(id, title != null && !title.isBlank() ? title : name(dir),
                DirectorySource.from(dir.toAbsolutePath().normalize().toFile()));
        this.error = error;
        if (error != null) {
            addChild(new LoadErrorDescriptor(id.append(LoadErrorDescriptor.SEGMENT, "error"), getDisplayName(),
                    getSource().orElse(null)));
        }
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
        return Type.CONTAINER;
    }

    /** Keeps a story that failed to load when a filter removed its test, so that the failure is still reported. */
    @Override
    public boolean mayRegisterTests() {
        return error != null;
    }
}
