package io.factunit.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LineMapTest {

    @Test
    void mapsOffsetsToLineAndColumnAcrossLineFeeds() {
        LineMap lines = new LineMap("ab\ncd\n\nef");
        assertThat(lines.lineCount()).isEqualTo(4);
        assertThat(lines.position(0)).isEqualTo(new TextPosition(1, 1));
        assertThat(lines.position(2)).isEqualTo(new TextPosition(1, 3)); // the '\n' ends line 1
        assertThat(lines.position(3)).isEqualTo(new TextPosition(2, 1));
        assertThat(lines.position(6)).isEqualTo(new TextPosition(3, 1));
        assertThat(lines.position(8)).isEqualTo(new TextPosition(4, 2));
        assertThat(lines.position(9)).isEqualTo(new TextPosition(4, 3)); // the end of the text
        assertThat(lines.lineStart(4)).isEqualTo(7);
    }

    @Test
    void crlfIsOneLineBreakAndLoneCrIsOneToo() {
        LineMap lines = new LineMap("ab\r\ncd\ref");
        assertThat(lines.lineCount()).isEqualTo(3);
        assertThat(lines.position(3)).isEqualTo(new TextPosition(1, 4));
        assertThat(lines.position(4)).isEqualTo(new TextPosition(2, 1));
        assertThat(lines.position(7)).isEqualTo(new TextPosition(3, 1));
        assertThat(lines.lineStart(2)).isEqualTo(4);
        assertThat(lines.lineStart(3)).isEqualTo(7);
    }

    @Test
    void emptyTextIsOneEmptyLine() {
        LineMap lines = new LineMap("");
        assertThat(lines.lineCount()).isEqualTo(1);
        assertThat(lines.position(0)).isEqualTo(new TextPosition(1, 1));
    }

    @Test
    void columnsCountUtf16CharsAsEditorsDo() {
        // "😀" is two UTF-16 chars.
        LineMap lines = new LineMap("😀x");
        assertThat(lines.position(2)).isEqualTo(new TextPosition(1, 3));
    }

    @Test
    void offsetsOutsideTheTextAreRejected() {
        LineMap lines = new LineMap("abc");
        assertThatThrownBy(() -> lines.position(4)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("offset 4 outside 0..3");
        assertThatThrownBy(() -> lines.position(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void shiftedMapCountsTheFileLinesBeforeTheText() {
        String file = "---\ntitle: x\n---\nbody\nmore";
        PositionMap body = PositionMap.shifted(new LineMap(file), file.indexOf("body"));
        assertThat(body.position(0)).isEqualTo(new TextPosition(4, 1));
        assertThat(body.position(6)).isEqualTo(new TextPosition(5, 2));
    }
}
