package io.factunit.assertj;

import static io.factunit.assertj.FactUnitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factunit.check.StoryReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Custom assertions read as the verdicts they check, and fail saying what the verdict was. */
class FactUnitAssertionsTest {
    static final Path TRUCE = Path.of("src/test/resources/factunit/stories/truce");
    static final Path RULES = Path.of("src/test/resources/rules/counts.yaml");

    private final StoryReport report = FactUnitAssertions.check(TRUCE, RULES);

    @Test
    void verdictsOfOneStory() {
        assertThat(report).check("prisoners-released-agree").failed().involves("003").hasOutlierIn("003")
                .hasValue("240").hasValue("250");
        assertThat(report).check("hostages-released-agree", "50").skipped().involves("001");
        assertThat(report.results().get(0)).failed();
    }

    @Test
    void aWrongStatusQuotesTheVerdict() {
        assertThatThrownBy(() -> assertThat(report).check("prisoners-released-agree").passed())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("expected prisoner counts must match: 240 in 2 articles, but 250 in 003 to be"
                        + " passed, but it failed:\nprisoner counts must match: the articles disagree.");
    }

    @Test
    void aMissingValueOrArticleListsWhatThereIs() {
        assertThatThrownBy(() -> assertThat(report).check("prisoners-released-agree").hasValue("260"))
                .hasMessage("expected prisoner counts must match: 240 in 2 articles, but 250 in 003 to have the value"
                        + " 260, but its values are [240, 250]");
        assertThatThrownBy(() -> assertThat(report).check("hostages-released-agree").involves("002"))
                .hasMessage("expected hostage counts must match: 50: skipped, only 001 states it to involve article"
                        + " 002, but it involves [001]");
    }

    @Test
    void anUnknownCheckOrGroupNamesTheKnownOnes() {
        assertThatThrownBy(() -> assertThat(report).check("deaths-agree"))
                .hasMessage("story truce has no result for check 'deaths-agree'; the checks are"
                        + " [prisoners-released-agree, hostages-released-agree]");
        assertThatThrownBy(() -> assertThat(report).check("prisoners-released-agree", "300"))
                .hasMessage("check 'prisoners-released-agree' has no claim group '300' in story truce; it has [240]");
        assertThatThrownBy(() -> assertThat(report).hasNoFailures())
                .hasMessage("expected story truce to have no failures, but these failed:\n"
                        + "  prisoner counts must match: 240 in 2 articles, but 250 in 003");
    }
}
