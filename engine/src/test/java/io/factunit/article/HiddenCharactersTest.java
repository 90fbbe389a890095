package io.factunit.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HiddenCharactersTest {
    @Test
    void controlBidiAndZeroWidthCharactersAreEscapedTheRestKept() {
        assertThat(HiddenCharacters.escape("a\u001b[31mb\u009b\u0007\b\r\n\t\u202E\u2066\u200B\u00AD\u2028é 😀"))
                .isEqualTo("a\\u001B[31mb\\u009B\\u0007\\u0008\\r\\n\\t\\u202E\\u2066\\u200B\\u00AD\\u2028é 😀");
        assertThat(OneLine.of("x\u202Ey")).isEqualTo("x\\u202Ey");
    }

    @Test
    void theEdgesOfPrintableAsciiAndOfEachListAreExact() {
        assertThat(HiddenCharacters.escape("\u001F ~\u007F\u00A0\u00AC\u00AD\u061B\u061C"))
                .isEqualTo("\\u001F ~\\u007F\u00A0\u00AC\\u00AD\u061B\\u061C");
    }

    @Test
    void zeroWidthCharactersAreTheInvisibleOnesInsideWords() {
        for (char c : "\u200B\u200C\u200D\u2060\uFEFF\u00AD".toCharArray()) {
            assertThat(HiddenCharacters.isZeroWidth(c)).as("U+%04X", (int) c).isTrue();
        }
        for (char c : " -\u00A0\u202E\u2028".toCharArray()) {
            assertThat(HiddenCharacters.isZeroWidth(c)).as("U+%04X", (int) c).isFalse();
        }
    }
}
