package io.factunit.article;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A folder of articles about one event.
 *
 * @param id       the folder name
 * @param dir      the folder
 * @param title    from story.yaml, else null
 * @param articles in file-name order, so every run sees them in the same order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Story(String id, Path dir, String title, List<Article> articles) {
    public Story {
        articles = List.copyOf(articles);
    }
}
