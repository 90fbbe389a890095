package io.factunit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spilled section gives back exactly what it kept, and leaves no file behind. */
class SpilledSectionTest {
    @TempDir
    Path folder;

    @Test
    void givesBackWhatWasKeptAndDeletesItsFileBesideTheReport() throws IOException {
        Path file;
        StringWriter out = new StringWriter();
        try (SpilledSection section = new SpilledSection(Scratch.beside(folder))) {
            file = section.file();
            write(section, out);
            assertThat(file).exists();
            assertThat(file.getParent()).isEqualTo(folder);
            assertThat(file.getFileName().toString()).startsWith(".factunit-").endsWith(".part");
            assertThat(TempFiles.live()).contains(file);
        }
        assertThat(out.toString()).isEqualTo(" Zoë's \"240\" – ✓ ] |  Zoë's \"240\" – ✓ ] and more");
        assertThat(Files.exists(file)).isFalse();
        assertThat(TempFiles.live()).doesNotContain(file);
    }

    @Test
    void inMemoryGivesBackTheSameAndMakesNoFile() throws IOException {
        StringWriter out = new StringWriter();
        try (SpilledSection section = new SpilledSection(Scratch.MEMORY)) {
            assertThat(section.file()).isNull();
            write(section, out);
        }
        assertThat(out.toString()).isEqualTo(" Zoë's \"240\" – ✓ ] |  Zoë's \"240\" – ✓ ] and more");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    private static void write(SpilledSection section, StringWriter out) throws IOException {
        section.drop();
        section.writer().write("{ \"opening\" : [");
        section.keep();
        section.writer().write(" Zoë's \"240\" – ✓ ]");
        section.pourInto(out);
        section.writer().write(" and more");
        out.write(" | ");
        section.pourInto(out);
    }
}
