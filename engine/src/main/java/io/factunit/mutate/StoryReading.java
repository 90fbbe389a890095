package io.factunit.mutate;

import io.factunit.article.Story;
import java.util.List;

/** A story as the checker reads it, article by article, in the story's order: where the plants may go. */
record StoryReading(Story story, List<ArticleReading> articles) {
    StoryReading {
        articles = List.copyOf(articles);
    }
}
