package io.factunit.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an article or story.yaml into a String, strictly.
 * <ul>
 *   <li>Only a regular file is read, never through a link, and never beyond its size limit ({@link InputFiles#read}).</li>
 *   <li>A byte-order mark selects UTF-8 (mark dropped), UTF-16BE or UTF-16LE; without one the file is UTF-8.</li>
 *   <li>Binary content (any NUL byte, or more than 30% control characters) is refused with the file name.</li>
 *   <li>Malformed input is refused, not replaced: a U+FFFD in a name or number would make articles disagree
 *       where they do not, and a legacy-encoded file would have every accented name mangled. The error gives
 *       the byte offset and its line:column, so the editor can convert or fix the file.</li>
 * </ul>
 */
final class TextFileReader {
    private static final int BINARY_CONTROL_PERCENT = 30;

    private TextFileReader() {
    }

    /** Reads {@code file}, refusing it when larger than {@code maxBytes}; {@code limitName} names the option. */
    static String read(Path file, long maxBytes, String limitName) {
        return decode(file, InputFiles.read(file, maxBytes, limitName));
    }

    static String decode(Path file, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decodeUtf8(file, bytes, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decodeUtf16(file, bytes, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decodeUtf16(file, bytes, StandardCharsets.UTF_16LE);
        }
        return decodeUtf8(file, bytes, 0);
    }

    private static String decodeUtf8(Path file, byte[] bytes, int skip) {
        // Checked on the bytes first: a binary file is better reported as binary than as bad UTF-8.
        int controls = 0;
        for (int i = skip; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw binary(file, "contains NUL bytes");
            }
            if (isControl(b)) {
                controls++;
            }
        }
        checkControlShare(file, controls, bytes.length - skip);
        // The JDK's own decoding is far faster and replaces each malformed sequence by U+FFFD: a text
        // without one was valid UTF-8. Only a text holding U+FFFD goes through the strict decoder, which
        // reports where the bad byte is (or accepts a U+FFFD the file really holds).
        String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : strictDecode(file, bytes, skip, StandardCharsets.UTF_8);
    }

    private static String decodeUtf16(Path file, byte[] bytes, Charset charset) {
        String text = strictDecode(file, bytes, 2, charset);
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw binary(file, "contains NUL characters");
            }
            if (isControl(c)) {
                controls++;
            }
        }
        checkControlShare(file, controls, text.length());
        return text;
    }

    private static String strictDecode(Path file, byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) ((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            String before = out.flip().toString();
            TextPosition at = new LineMap(before).position(before.length());
            String badByte = String.format(Locale.ROOT, "0x%02X", bytes[offset] & 0xFF);
            throw new InputException(file, at.line(), at.column(), "invalid " + charset.name() + " at byte offset "
                    + offset + " (" + badByte + "); save the file as " + charset.name()
                    + " (FactUnit does not guess encodings)");
        }
        return out.flip().toString();
    }

    private static void checkControlShare(Path file, int controls, int total) {
        if (total > 0 && controls * 100L > total * (long) BINARY_CONTROL_PERCENT) {
            throw binary(file, (controls * 100L / total) + "% control characters");
        }
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    private static InputException binary(Path file, String why) {
        return new InputException(file, "binary file, not text (" + why
                + "); articles must be UTF-8 text, or UTF-16 with a byte-order mark");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
