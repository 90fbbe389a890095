package io.factunit.cli;

import io.factunit.article.Story;
import io.factunit.article.StoryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the story folders named on the command line, refusing paths that are not folders. */
final class Stories {
    private Stories() {
    }

    static List<Story> load(List<Path> dirs) {
        StoryLoader loader = new StoryLoader();
        List<Story> stories = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new UsageException(dir + ": not a folder of articles");
            }
            stories.add(loader.load(dir));
        }
        return stories;
    }
}
