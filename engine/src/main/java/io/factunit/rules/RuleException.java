package io.factunit.rules;

/** A rule file that cannot be used. The message is one line: {@code file:line:col: what is wrong}. */
public final class RuleException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Location location;

    public RuleException(Location location, String problem) {
        super(oneLine(location + ": " + problem));
        this.location = location;
    }

    public Location location() {
        return location;
    }

    /** Line breaks and other control characters from the input, escaped: an error message is one line. */
    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
