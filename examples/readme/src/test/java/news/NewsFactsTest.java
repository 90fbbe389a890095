package news;

import io.factunit.junit.FactCheck;

@FactCheck(stories = "src/test/stories")   // paths are relative to the project folder
class NewsFactsTest {
}
