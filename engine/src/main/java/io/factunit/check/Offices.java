package io.factunit.check;

import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The office a role names, for telling a real contradiction ("Foreign Minister" vs "Defence Minister",
 * "Treasury Secretary" vs "Commerce Secretary") from the many ways news writes one role ("Hamas chief",
 * "head of the political bureau"). A role is what {@code RoleNormalizer} makes of a title: "ROLE of
 * QUALIFIER", ranks in front ("former vice president", "director of cia"). Two roles conflict when they
 * name different listed offices ({@code office.txt}), or when they have one head word ("secretary") and each
 * names an organisation or place that shares no word with the other's ("treasury", "commerce"), unless one
 * title abbreviates the other ("B.C. Attorney General", "British Columbia Attorney General"). Ranks ("former", "deputy") and the words titles are
 * made of ("foreign", "state") are no organisation; roles sharing a word of their organisation ("head of
 * political bureau of hamas", "head of hamas") are one role shortened or reworded, not a conflict.
 */
final class Offices {
    /** Each office with its wordings, in the order of the file: longer offices first ("vice president"). */
    private final Map<String, List<String>> wordings = new LinkedHashMap<>();
    /** Ranks and title words: parts of a role that name no organisation. */
    private final Set<String> roleWords = new HashSet<>();

    Offices(Language language) {
        for (WordTable.Row row : language.words(WordList.OFFICE).rows()) {
            wordings.computeIfAbsent(row.column(0), office -> new ArrayList<>()).add(" " + row.word().replace('-', ' ') + " ");
        }
        roleWords.addAll(language.words(WordList.RANK).words());
        roleWords.addAll(language.words(WordList.TITLE_WORD).words());
        roleWords.addAll(language.words(WordList.TITLE_HEAD).words());
    }

    /** The office's name, or null when the role names none of the listed offices. */
    String of(String role) {
        if (role == null) {
            return null;
        }
        String padded = " " + role.toLowerCase(Locale.ROOT).replace('-', ' ') + " ";
        for (Map.Entry<String, List<String>> office : wordings.entrySet()) {
            for (String wording : office.getValue()) {
                if (padded.contains(wording)) {
                    return office.getKey();
                }
            }
        }
        return null;
    }

    /**
     * Whether two titles of one person contradict each other, from their roles ({@code RoleNormalizer}) and
     * their words as written (for abbreviations).
     */
    boolean conflict(String roleA, String titleA, String roleB, String titleB) {
        if (roleA == null || roleB == null) {
            return false;
        }
        String officeA = of(roleA);
        String officeB = of(roleB);
        if (officeA != null && officeB != null) {
            return !officeA.equals(officeB);
        }
        Role x = Role.of(roleA, roleWords);
        Role y = Role.of(roleB, roleWords);
        return x.head.equals(y.head) && !x.organisation.isEmpty() && !y.organisation.isEmpty()
                && Collections.disjoint(x.organisation, y.organisation) && !abbreviates(titleA, titleB);
    }

    /**
     * "B.C. Attorney General" and "British Columbia Attorney General": with the words they share left out,
     * one title is a single word whose letters are the initials of the other's words.
     */
    private static boolean abbreviates(String a, String b) {
        List<String> x = new ArrayList<>(List.of(a.split("\\s+")));
        List<String> y = new ArrayList<>(List.of(b.split("\\s+")));
        List<String> shared = new ArrayList<>(x);
        shared.retainAll(y);
        x.removeAll(shared);
        y.removeAll(shared);
        return initialism(x, y) || initialism(y, x);
    }

    private static boolean initialism(List<String> abbreviation, List<String> words) {
        if (abbreviation.size() != 1 || words.size() < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        words.forEach(word -> initials.append(Character.toUpperCase(word.charAt(0))));
        return abbreviation.get(0).replace(".", "").contentEquals(initials);
    }

    /** A role's head word ("secretary") and the words of the organisation or place it names ("treasury"). */
    private record Role(String head, List<String> organisation) {
        static Role of(String role, Set<String> roleWords) {
            List<String> words = List.of(role.toLowerCase(Locale.ROOT).replace('-', ' ').split(" "));
            int of = words.indexOf("of");
            List<String> before = of < 0 ? words : words.subList(0, of);
            String head = before.isEmpty() ? "" : before.get(before.size() - 1);
            List<String> organisation = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (i != before.size() - 1 && !word.isEmpty() && !word.equals("of") && !roleWords.contains(word)) {
                    organisation.add(word);
                }
            }
            return new Role(head, organisation);
        }
    }
}
