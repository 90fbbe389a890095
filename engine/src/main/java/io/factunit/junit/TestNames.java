package io.factunit.junit;

import io.factunit.check.CheckResult;
import io.factunit.rules.CheckKind;
import java.util.Locale;

/**
 * The names a story's tests carry: the check and the group it compared (its key: "time-anchor=XXXX-10-07",
 * a person, a quotation), never the values, which go in the message. A changed figure keeps the test's name
 * and unique id, so a CI test history sees the same test fail, not a new one. {@code factunit.naming} puts
 * the story in front ({@code long}, the default: Surefire's and Gradle's reports keep only the class and
 * this name) or leaves it to the tree ({@code short}).
 */
final class TestNames {
    static final String NAMING = "factunit.naming";

    enum Naming {
        LONG, SHORT;

        static Naming parse(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new SettingsException(NAMING + " must be long or short, not '" + value + "'");
            }
        }
    }

    private TestNames() {
    }

    /**
     * "truce - prisoner counts must match", "truce - death tolls must match [time-anchor=XXXX-10-07]".
     *
     * @param segment the test's unique id segment: the group key made unique within the check ("all", "x#2")
     */
    static String test(Naming naming, String story, CheckResult result, String segment) {
        String group = group(result, segment);
        String name = result.check().title() + (group.isEmpty() ? "" : " [" + group + "]");
        return Execution.printable(naming == Naming.LONG ? story + " - " + name : name);
    }

    /**
     * What the test compares. A person's checks group by how the surname sounds, a key no editor reads: their
     * group is the person as most articles name them.
     */
    private static String group(CheckResult result, String segment) {
        int suffix = segment.indexOf('#');
        String key = suffix < 0 ? segment : segment.substring(0, suffix);
        String more = suffix < 0 ? "" : segment.substring(suffix);
        CheckKind kind = result.check().kind();
        if (kind == CheckKind.SAME_SPELLING || kind == CheckKind.SAME_TITLE) {
            key = result.subject();
        } else if (key.equals(StoryTree.WHOLE_CHECK)) {
            key = "";
        }
        return (key + (key.isEmpty() ? more.replace("#", "") : more)).strip();
    }
}
