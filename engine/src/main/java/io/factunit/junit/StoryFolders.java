package io.factunit.junit;

import io.factunit.article.InputException;
import io.factunit.article.StoryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Which folders are stories: a folder with articles is one, and so is each sub-folder with articles. */
final class StoryFolders {
    private StoryFolders() {
    }

    /** A story folder to check; or, with {@code refused}, a folder the user named that holds none, and why. */
    record Folder(Path dir, RuntimeException refused) {
        static Folder story(Path dir) {
            return new Folder(dir, null);
        }
    }

    /**
     * The story folders an anchor's settings name. None at all (a blank {@code factunit.stories}) is a
     * mistake, not a story set that passes: it fails as one story saying so.
     */
    static List<Folder> named(Settings settings) {
        if (settings.stories().isEmpty()) {
            return List.of(new Folder(Path.of(Settings.STORIES), new SettingsException(Settings.STORIES
                    + " is blank: name the folders of stories (default " + Settings.DEFAULT_STORIES
                    + "), or leave the setting out")));
        }
        List<Folder> folders = new ArrayList<>();
        settings.stories().forEach(dir -> folders.addAll(named(dir)));
        return folders;
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
     * it (resources are where other engines' files live too), so one without stories yields none. A folder
     * that does hold stories but cannot be listed safely (a link among them) fails, as a named one would.
     */
    static List<Folder> selected(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try {
            return StoryLoader.storyFolders(dir).stream().map(Folder::story).toList();
        } catch (InputException e) {
            return List.of(new Folder(dir, e));
        }
    }

    static boolean isStoryFile(Path file) {
        return StoryLoader.isStoryFile(file);
    }
}
