package io.factunit.cli;

import io.factunit.article.StoryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the story folders named on the command line: a folder of articles is one story, a folder of such
 * folders is several. Articles are read later, one story at a time.
 */
final class Stories {
    private Stories() {
    }

    static List<Path> folders(List<Path> dirs) {
        List<Path> stories = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new UsageException(dir + ": not a folder of articles");
            }
            stories.addAll(StoryLoader.requireStoryFolders(dir));
        }
        return stories;
    }

    /** --threads: at least one, at most what the machine has is the sensible range; more is allowed. */
    static int threads(Integer requested) {
        if (requested == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (requested < 1) {
            throw new UsageException("--threads must be at least 1, not " + requested);
        }
        return requested;
    }
}
