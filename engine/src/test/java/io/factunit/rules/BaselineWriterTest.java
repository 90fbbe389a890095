package io.factunit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What --update-baseline writes reads back as it was, whatever the values hold. */
class BaselineWriterTest {
    @Test
    void entriesReadBackExactly() {
        List<AcceptedDiscrepancy> entries = List.of(
                new AcceptedDiscrepancy("quote-wording", null, "", List.of("a: \"we will: not\" \\ yield", "b: tab\there"),
                        "a reason: with # and 'quotes'", "desk", null),
                new AcceptedDiscrepancy("name-spelling", "seeds", "AMRPTLHN", List.of("c: Amir\u2028Abdolahian \u001b[2K"),
                        "TODO: review", "TODO: review", null));
        String yaml = BaselineWriter.file(entries);
        assertThat(yaml).contains("    - \"a: \\\"we will: not\\\" \\\\ yield\"\n", "    - \"b: tab\\u0009here\"\n",
                "\\u2028", "\\u001b[2K");
        List<AcceptedDiscrepancy> read = new BaselineLoader().parse("baseline.yaml", yaml);
        assertThat(read).extracting(AcceptedDiscrepancy::check, AcceptedDiscrepancy::story, AcceptedDiscrepancy::subject,
                AcceptedDiscrepancy::values, AcceptedDiscrepancy::reason, AcceptedDiscrepancy::by)
                .containsExactly(
                        tuple("quote-wording", null, "", entries.get(0).values(),
                                "a reason: with # and 'quotes'", "desk"),
                        tuple("name-spelling", "seeds", "AMRPTLHN", entries.get(1).values(),
                                "TODO: review", "TODO: review"));
        assertThat(read.get(1).location()).isEqualTo(new Location("baseline.yaml", 10, 5));
    }

    @Test
    void anEmptyBaselineIsAnEmptyList() {
        assertThat(new BaselineLoader().parse("b.yaml", BaselineWriter.file(List.of()))).isEmpty();
    }
}
