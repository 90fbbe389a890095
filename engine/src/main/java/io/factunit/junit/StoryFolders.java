package io.factunit.junit;

import io.factunit.article.InputException;
import io.factunit.article.StoryLoader;
import java.nio.file.Path;
import java.util.List;

/** Which folders are stories: a folder with articles is one, and so is each sub-folder with articles. */
final class StoryFolders {
    private StoryFolders() {
    }

    /**
     * A folder the user configured: it must hold stories, so a wrong path fails as a story (with the
     * loader's message) instead of silently checking nothing.
     */
    static List<Path> configured(Path dir) {
        try {
            List<Path> stories = StoryLoader.storyFolders(dir);
            return stories.isEmpty() ? List.of(dir) : stories;
        } catch (InputException e) {
            return List.of(dir);
        }
    }

    /** A folder a selector named: other engines may own it, so one without stories yields none. */
    static List<Path> selected(Path dir) {
        try {
            return StoryLoader.storyFolders(dir);
        } catch (InputException e) {
            return List.of();
        }
    }

    static boolean isStoryFile(Path file) {
        return StoryLoader.isStoryFile(file);
    }
}
