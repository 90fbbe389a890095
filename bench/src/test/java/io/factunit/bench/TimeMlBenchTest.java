package io.factunit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factunit.bench.TimeMlDocument.Timex3;
import io.factunit.bench.TimeMlScore.Figures;
import io.factunit.cli.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factunit bench timeml}: TimeML read to plain text and gold TIMEX3s, scored as TempEval-3 scores. */
class TimeMlBenchTest {
    /** Written for this test in the TempEval-3 layout; not from any corpus. */
    private static final String TML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>TEST1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" \
            functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
            <TEXT>
            Sales <EVENT eid="e1" class="OCCURRENCE">rose</EVENT> on <TIMEX3 tid="t1" type="DATE" \
            value="1998-08-07">Friday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days\
            </TIMEX3> &amp; again <TIMEX3 tid="t3" type="DATE" value="1997">last year</TIMEX3>; guards patrol \
            <TIMEX3 tid="t4" type="SET" value="P1D" quant="EVERY">every day</TIMEX3>.
            </TEXT>
            </TimeML>
            """;
    private static final String TEXT =
            "\nSales rose on Friday after three days & again last year; guards patrol every day.\n";

    @Test
    void readsThePlainTextTheDctAndTheGoldTimexesWithTheirOffsets() {
        TimeMlDocument document = TimeMlDocument.parse("test.tml", TML);

        assertThat(document.dct()).isEqualTo(LocalDate.of(1998, 8, 7));
        assertThat(document.text()).isEqualTo(TEXT);
        assertThat(document.timexes()).containsExactly(
                new Timex3(15, 21, "DATE", "1998-08-07"),
                new Timex3(28, 38, "DURATION", "P3D"),
                new Timex3(47, 56, "DATE", "1997"),
                new Timex3(72, 81, "SET", "P1D"));
        assertThat(TEXT.substring(72, 81)).isEqualTo("every day");
    }

    @Test
    void scoresRelaxedAndStrictExtractionAndValuesOverAllTypesAndOverDateAndDuration() {
        TimeMlDocument document = TimeMlDocument.parse("test.tml", TML);
        List<Timex3> system = List.of(
                new Timex3(12, 21, "DATE", "1998-08-07"), // "on Friday": overlaps, not exact; value right
                new Timex3(28, 38, "DURATION", "P3D"),    // exact, right
                new Timex3(47, 56, "DATE", "1998"),       // exact, wrong value
                new Timex3(72, 81, "SET", "P1D"),         // exact, right, a type FactUnit does not aim at
                new Timex3(41, 46, "DATE", "PRESENT_REF")); // "again": spurious
        TimeMlScore score = new TimeMlScore();

        score.add("test.tml", document.text(), document.timexes(), system);

        // gold, system, strict, relaxed, value right, type right
        assertThat(score.all()).isEqualTo(new Figures(4, 5, 3, 4, 3, 4));
        // the SET and the system timex on it count on neither side
        assertThat(score.covered()).isEqualTo(new Figures(3, 4, 2, 3, 2, 3));
        assertThat(score.errors()).extracting(TimeMlScore.Error::kind, TimeMlScore.Error::goldText,
                        TimeMlScore.Error::systemText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("value", "last year", "last year"),
                        org.assertj.core.groups.Tuple.tuple("spurious", null, "again"));
    }

    @Test
    void printsTheFiguresOfFactUnitsOwnMentions(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("TEST1.tml"), TML);
        Files.writeString(dir.resolve("._TEST1.tml"), "not TimeML: a macOS resource file");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        TimeMlBench.run(List.of(dir), List.of(), true, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        // FactUnit finds all four: "Friday" resolved to the DCT (a Friday), "every day" as a SET
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().skip(1)).containsExactly(
                "gold timexes                  4 (DATE 2, DURATION 1, SET 1)",
                "FactUnit timexes              4",
                "                              precision  recall     F1",
                "extraction, strict            100.00    100.00    100.00",
                "extraction, relaxed           100.00    100.00    100.00",
                "value, all types              100.00    100.00    100.00",
                "value, DATE and DURATION      100.00    100.00    100.00",
                "type right of relaxed matches 4 of 4 (100.0%)",
                "DATE      found 2 of 2 (100.0%), value right 2 of 2 (100.0%)",
                "DURATION  found 1 of 1 (100.0%), value right 1 of 1 (100.0%)",
                "SET       found 1 of 1 (100.0%), value right 1 of 1 (100.0%)");
    }

    @Test
    void badTimeMlIsAOneLineErrorWithItsPlace(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> TimeMlDocument.parse("bad.tml", "<TimeML>\n<TEXT>a <TIMEX3 type=\"DATE\">b</TEXT>"))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("bad.tml:2:")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> TimeMlDocument.parse("nodct.tml", "<TimeML><TEXT>a</TEXT></TimeML>"))
                .isInstanceOf(UsageException.class)
                .hasMessage("nodct.tml: no document creation time (<DCT><TIMEX3 value=...>)");
        assertThatThrownBy(() -> TimeMlBench.run(List.of(dir), List.of(), false, System.out))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("no .tml file under");
    }
}
