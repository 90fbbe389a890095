package io.factunit.mutate;

import java.util.Locale;

/** Writes a replacement word in the case of the word it replaces. */
final class Cases {
    private Cases() {
    }

    /** {@code word} in the case of {@code model}: "TWELVE", "Twelve" or "twelve". */
    static String like(String model, String word) {
        if (model.length() > 1 && model.equals(model.toUpperCase(Locale.ROOT))) {
            return word.toUpperCase(Locale.ROOT);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(model.charAt(0))) {
            return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
        }
        return lower;
    }
}
