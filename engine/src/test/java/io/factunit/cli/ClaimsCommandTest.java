package io.factunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.BadInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** `factunit claims` lists each story's claims, then its alignment table. */
@Timeout(120)
class ClaimsCommandTest {
    @TempDir
    Path tmp;

    @Test
    void claimsThenTheAlignmentTable() throws IOException {
        Path rules = Files.writeString(tmp.resolve("rules.yaml"), BadInputs.RULES);
        Path story = Files.createDirectories(tmp.resolve("release"));
        BadInputs.text(story, "a.txt", BadInputs.GOOD);
        BadInputs.text(story, "b.txt", BadInputs.GOOD);
        BadInputs.text(story, "c.txt", BadInputs.GOOD.replace("240", "250"));

        CliRun run = CliRun.of("claims", story.toString(), "--rules", rules.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).endsWith("""
                  Alignment: 1 fact stated by two or more articles (marks: ! outlier, ^ only this article states\
                 the value, ? not compared, - not stated)
                    A1 = a
                    A2 = b
                    A3 = c
                    fact                check            verdict          A1   A2   A3
                    prisoners-released  prisoners-agree  error: disagree  240  240  250!^
                """);
        assertThat(run.out().lines().findFirst()).hasValue("Story " + story + ": 3 claims");
    }
}
