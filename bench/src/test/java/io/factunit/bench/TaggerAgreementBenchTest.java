package io.factunit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factunit.cli.UsageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code factunit bench tagger-agreement} reads every .txt file under the folders and prints the counts. */
class TaggerAgreementBenchTest {
    @Test
    void printsTheCountsOfEveryTxtFileUnderTheFolders(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("story"));
        Files.writeString(dir.resolve("story/a.txt"), "The climber fell 300m at 2pm on Friday.\n\nRescuers arrived.");
        Files.writeString(dir.resolve("story/b.md"), "Not read: only .txt files are.");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        TaggerAgreementBench.run(List.of(dir), false, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        // OpenNLP's model cuts "300 | m" and "2 | pm"; the fast tokenizer keeps both whole
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines().skip(1)).containsExactly(
                "paragraphs split alike        2 of 2 (100.000%)",
                "sentences tokenized alike     1 of 2 (50.000%)",
                "tokens compared               14",
                "token agreement               10 of 14 (71.429%); 2 stretches cut otherwise",
                "tag agreement, beam 1         14 of 14 (100.000%)",
                "tag agreement, beam 3         14 of 14 (100.000%)");
    }

    @Test
    void aFolderWithoutTextOrNoFolderIsAUsageError(@TempDir Path dir) {
        assertThatThrownBy(() -> TaggerAgreementBench.run(List.of(dir), false, System.out))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("no .txt file under");
        assertThatThrownBy(() -> TaggerAgreementBench.run(List.of(dir.resolve("missing")), false, System.out))
                .isInstanceOf(UsageException.class).hasMessageEndingWith("missing: not a folder");
    }
}
