package io.factunit.cli;

import io.factunit.article.LoadOptions;
import io.factunit.article.Story;
import io.factunit.article.StoryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the folders named on the command line: a folder of articles is one story, a folder of such
 * folders is several.
 */
final class Stories {
    private Stories() {
    }

    static List<Story> load(List<Path> dirs) {
        return load(dirs, LoadOptions.DEFAULTS);
    }

    static List<Story> load(List<Path> dirs, LoadOptions options) {
        StoryLoader loader = new StoryLoader(options);
        List<Story> stories = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new UsageException(dir + ": not a folder of articles");
            }
            stories.addAll(loader.loadAll(dir));
        }
        return stories;
    }
}
