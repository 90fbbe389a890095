package news;

import static io.factunit.assertj.FactUnitAssertions.assertThat;

import io.factunit.assertj.FactUnitAssertions;
import io.factunit.check.StoryReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Pins the verdicts an editor has reviewed, so a change in the articles or the rules shows up here. */
class SeedsVerdictsTest {
    static final StoryReport SEEDS = FactUnitAssertions.check(Path.of("../../seeds"));

    @Test
    void threeOutletsAgreeOn240Prisoners() {
        assertThat(SEEDS).check("prisoners-released-agree").passed().hasValue("240").involves("002");
    }

    @Test
    void theHostageCountsNeedReview() {
        assertThat(SEEDS).check("hostages-released-agree").failed()
                .involves("000").involves("002").hasValue("at least 100").hasValue("105");
    }
}
