package io.factunit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A spilled section gives back exactly what it kept, and leaves no file behind. */
class SpilledSectionTest {

    @Test
    void givesBackWhatWasKeptAndDeletesItsFile() throws IOException {
        Path file;
        StringWriter out = new StringWriter();
        try (SpilledSection section = new SpilledSection()) {
            file = section.file();
            section.drop();
            section.writer().write("{ \"opening\" : [");
            section.keep();
            section.writer().write(" Zoë's \"240\" – ✓ ]");
            section.pourInto(out);
            section.writer().write(" and more");
            out.write(" | ");
            section.pourInto(out);
            assertThat(file).exists();
        }
        assertThat(out.toString()).isEqualTo(" Zoë's \"240\" – ✓ ] |  Zoë's \"240\" – ✓ ] and more");
        assertThat(Files.exists(file)).isFalse();
    }
}
