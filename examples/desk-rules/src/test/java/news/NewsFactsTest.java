package news;

import io.factunit.junit.FactCheck;

/** The default news pack, with the desk's rules in src/test/resources/factunit/rules/ added to it. */
@FactCheck(stories = "src/test/stories")
class NewsFactsTest {
}
