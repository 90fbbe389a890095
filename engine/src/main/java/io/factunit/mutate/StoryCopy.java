package io.factunit.mutate;

import io.factunit.article.InputFiles;
import io.factunit.article.StoryLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A copy of a story folder's files (its articles and story.yaml, byte for byte) in a folder of the same name
 * under a temporary folder, where one article at a time is replaced by a mutated version and put back. The
 * name is kept because a baseline entry may name its story folder.
 */
final class StoryCopy {
    private final Path dir;

    private StoryCopy(Path dir) {
        this.dir = dir;
    }

    /** Copies the story files of {@code story} into a new folder under {@code under}, which must not exist yet. */
    static StoryCopy of(Path story, Path under) throws IOException {
        Path name = story.toAbsolutePath().normalize().getFileName();
        Path dir = under.resolve(name == null ? "story" : name.toString());
        // one level at a time, never createDirectories: once the run's folder is deleted (the run stopped), a
        // story still being copied fails instead of making the folder again
        Files.createDirectory(under);
        Files.createDirectory(dir);
        try (Stream<Path> entries = Files.list(story)) {
            for (Path entry : entries.sorted().toList()) {
                // what the loader reads: regular files with an article's extension, and story.yaml
                if (InputFiles.entry(entry) == InputFiles.Kind.REGULAR && StoryLoader.isStoryFile(entry)) {
                    Files.copy(entry, dir.resolve(entry.getFileName().toString()), LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
        return new StoryCopy(dir);
    }

    Path dir() {
        return dir;
    }

    /** Replaces the copy of {@code original} (a file of the story) with {@code bytes}. */
    void write(Path original, byte[] bytes) throws IOException {
        Files.write(dir.resolve(original.getFileName().toString()), bytes);
    }
}
