package news;

import io.factunit.junit.FactCheck;

/**
 * Checks every story under src/test/stories with the desk's own rules; the baseline of reviewed
 * discrepancies comes from junit-platform.properties. The rules' examples run as tests too.
 */
@FactCheck(stories = "src/test/stories", rules = "src/test/factunit/rules.yaml")
class CouncilFactsTest {
}
