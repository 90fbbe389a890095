package io.factunit.check;

import java.util.List;

/**
 * The office a role names, for telling a real contradiction ("Foreign Minister" vs "Defence Minister")
 * from the many ways news writes one role ("Hamas chief", "head of the political bureau"). Roles that name
 * no listed office are never said to conflict: precision before recall.
 */
final class Offices {
    // Longer names first: "vice president" must win over "president".
    private static final List<String[]> OFFICES = List.of(
            new String[] {"vice president", "vice-president"},
            new String[] {"deputy prime minister"},
            new String[] {"prime minister", "premier"},
            new String[] {"foreign minister", "minister of foreign affairs", "foreign affairs minister", "secretary of state"},
            new String[] {"defence minister", "defense minister", "minister of defence", "minister of defense", "defense secretary"},
            new String[] {"interior minister", "minister of interior", "home secretary"},
            new String[] {"finance minister", "minister of finance", "treasury secretary", "chancellor of the exchequer"},
            new String[] {"health minister", "minister of health"},
            new String[] {"president"},
            new String[] {"king"},
            new String[] {"queen"},
            new String[] {"governor"},
            new String[] {"mayor"},
            new String[] {"senator"},
            new String[] {"ambassador"},
            new String[] {"spokesman", "spokeswoman", "spokesperson"},
            new String[] {"coach"},
            new String[] {"judge"},
            new String[] {"police chief", "chief of police", "police commissioner"});

    private Offices() {
    }

    /** The office's canonical name, or null when the role names none of the listed offices. */
    static String of(String role) {
        if (role == null) {
            return null;
        }
        String padded = " " + role.toLowerCase(java.util.Locale.ROOT).replace('-', ' ') + " ";
        for (String[] names : OFFICES) {
            for (String name : names) {
                if (padded.contains(" " + name.replace('-', ' ') + " ")) {
                    return names[0];
                }
            }
        }
        return null;
    }
}
