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

    /** More threads than this would only cost memory: each holds up to two stories. */
    static final int MAX_THREADS = 1024;

    /** --threads: at least one, at most {@link #MAX_THREADS}; default what the machine has. */
    static int threads(Integer requested) {
        if (requested == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (requested < 1 || requested > MAX_THREADS) {
            throw new UsageException("--threads must be between 1 and " + MAX_THREADS + ", not " + requested);
        }
        return requested;
    }
}
