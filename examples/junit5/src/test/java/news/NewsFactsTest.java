package news;

import io.factunit.junit.FactCheck;

/** The README example's stories; its contradiction is printed, not failed, so the build shows coexistence alone. */
@FactCheck(stories = "../readme/src/test/stories", failOn = "never")
class NewsFactsTest {
}
