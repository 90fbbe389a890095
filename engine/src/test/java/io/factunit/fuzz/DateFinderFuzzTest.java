package io.factunit.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.Article;
import io.factunit.article.LineMap;
import io.factunit.language.TestLanguage;
import io.factunit.mention.date.DateFinder;
import io.factunit.mention.date.DateMention;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Date finding and resolution over any text, with or without a publication date (an input that starts with
 * "yyyy-mm-dd" and a newline is published that day). Spans lie in the text, resolved ranges run forwards,
 * relative dates stay unresolved without a publication date, and TIMEX values are ASCII.
 * Corpus: src/test/resources/io/factunit/fuzz/DateFinderFuzzTestInputs.
 */
class DateFinderFuzzTest {
    private static final DateFinder FINDER = new DateFinder(TestLanguage.ENGLISH);

    @FuzzTest
    @Timeout(10)
    void datesInAnyText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        LocalDate published = null;
        if (text.length() > 10 && text.charAt(10) == '\n') {
            try {
                published = LocalDate.parse(text.substring(0, 10));
                text = text.substring(11);
            } catch (DateTimeParseException e) {
                // not a dated input; the first line is text like the rest
            }
        }
        Article article = new Article("fuzz", Path.of("fuzz.txt"), text, null, null, null, published,
                published == null ? Article.DateOrigin.UNKNOWN : Article.DateOrigin.METADATA, List.of(),
                new LineMap(text)::position);
        for (DateMention m : FINDER.find(TextAnalyzer.shared().analyze(article, TestLanguage.ANCHORS))) {
            String what = m + " in '" + text + "'";
            assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), what);
            assertEquals(text.substring(m.start(), m.end()), m.text(), what);
            if (m.first() != null) {
                assertNotNull(m.last(), what);
                assertFalse(m.last().isBefore(m.first()), what);
            }
            if (published == null && m.relative()) {
                assertNull(m.first(), "resolved without a publication date: " + what);
            }
            assertNotNull(m.timex(), what);
            assertTrue(m.timex().value().chars().allMatch(c -> c > ' ' && c < 127), "TIMEX not ASCII: " + what);
        }
    }
}
