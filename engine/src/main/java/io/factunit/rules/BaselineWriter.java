package io.factunit.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Writes baseline entries as {@link BaselineLoader} reads them: every text double-quoted with YAML's escapes,
 * so a value holding a quote, a colon or a control character reads back as it was.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineWriter {
    private BaselineWriter() {
    }

    /** A whole baseline file. */
    public static String file(List<AcceptedDiscrepancy> entries) {
        StringBuilder out = new StringBuilder("# Accepted discrepancies (docs/baselines.md). An entry whose reason is \"")
                .append("TODO: review\" was recorded\n# by --update-baseline and awaits an editor's review.\n")
                .append(entries.isEmpty() ? "accepted: []\n" : "accepted:\n");
        entries.forEach(entry -> out.append(entry(entry, "  ")));
        return out.toString();
    }

    /** One entry of the {@code accepted:} list, each line starting with {@code indent}. */
    public static String entry(AcceptedDiscrepancy entry, String indent) {
        StringBuilder out = new StringBuilder();
        out.append(indent).append("- check: ").append(quoted(entry.check())).append('\n');
        if (entry.story() != null) {
            out.append(indent).append("  story: ").append(quoted(entry.story())).append('\n');
        }
        if (!entry.subject().isEmpty()) {
            out.append(indent).append("  subject: ").append(quoted(entry.subject())).append('\n');
        }
        out.append(indent).append("  values:\n");
        for (String value : entry.values()) {
            out.append(indent).append("    - ").append(quoted(value)).append('\n');
        }
        out.append(indent).append("  reason: ").append(quoted(entry.reason())).append('\n');
        out.append(indent).append("  by: ").append(quoted(entry.by())).append('\n');
        return out.toString();
    }

    /** A YAML double-quoted scalar; anything not plainly printable is a \\u escape. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\ufeff'
                    || Character.isSurrogate(c) && !validPair(text, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
