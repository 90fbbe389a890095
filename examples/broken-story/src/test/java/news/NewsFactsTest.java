package news;

import io.factunit.junit.FactCheck;

/** The README example's story, and one whose story.yaml is broken. */
@FactCheck(stories = {"../readme/src/test/stories", "src/test/stories"})
class NewsFactsTest {
}
