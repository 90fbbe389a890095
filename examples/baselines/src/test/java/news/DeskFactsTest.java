package news;

import io.factunit.junit.FactCheck;

/**
 * Checks both ferry stories; the baseline of reviewed discrepancies is named in junit-platform.properties,
 * so a build may name another one ({@code -Dfactunit.baseline=...}).
 */
@FactCheck(stories = "src/test/stories")
class DeskFactsTest {
}
