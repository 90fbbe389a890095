package io.factunit.article;

/**
 * Error messages quote the input; its line breaks, control characters and other hidden characters are
 * escaped (see {@link HiddenCharacters}) so a message is one line that prints as it reads.
 */
public final class OneLine {
    private OneLine() {
    }

    public static String of(String text) {
        return HiddenCharacters.escape(text);
    }
}
