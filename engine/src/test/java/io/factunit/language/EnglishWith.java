package io.factunit.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** English as shipped, copied to a folder with one line added to one of its files: a language changed in its data only. */
public final class EnglishWith {
    private EnglishWith() {
    }

    public static Language line(Path folder, WordList changed, String line) throws IOException {
        for (WordList list : WordList.values()) {
            try (InputStream in = Language.class.getResourceAsStream(Language.RESOURCES + "en/" + list.file())) {
                Files.write(folder.resolve(list.file()), in.readAllBytes());
            }
        }
        Files.writeString(folder.resolve(changed.file()), line + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        return Language.fromDirectory(folder);
    }
}
