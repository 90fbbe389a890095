package io.factunit.junit;

import io.factunit.article.InputException;
import io.factunit.article.StoryLoader;
import java.nio.file.Path;
import java.util.List;

/** Which folders are stories: a folder with articles is one, and so is each sub-folder with articles. */
final class StoryFolders {
    private StoryFolders() {
    }

    /** A story folder to check; or, with {@code refused}, a folder the user named that holds none, and why. */
    record Folder(Path dir, InputException refused) {
        static Folder story(Path dir) {
            return new Folder(dir, null);
        }
    }

    /**
     * A folder the user named (in {@link FactCheck}, {@code factunit.stories} or a directory selector): it must
     * hold stories, so a wrong path or a folder without articles fails as a story, with the message the
     * command line gives, instead of silently checking nothing.
     */
    static List<Folder> named(Path dir) {
        try {
            return StoryLoader.requireStoryFolders(dir).stream().map(Folder::story).toList();
        } catch (InputException e) {
            return List.of(new Folder(dir, e));
        }
    }

    /**
     * A folder a classpath resource selector named, or the folder of a selected file: other engines may own
     * it (resources are where other engines' files live too), so one without stories yields none.
     */
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
