package news;

import io.factunit.junit.FactCheck;

/**
 * Surefire hands test engines only classes, so this one class is what makes {@code mvn test} check the
 * seed story (the path is relative to this project's folder). Review findings fail too.
 */
@FactCheck(stories = "../../seeds", failOn = "warning")
class SeedsFactsTest {
}
