package io.factunit.check;

import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The office a role names, for telling a real contradiction ("Foreign Minister" vs "Defence Minister") from
 * the many ways news writes one role ("Hamas chief", "head of the political bureau"). Roles that name no
 * listed office ({@code office.txt}) are never said to conflict: precision before recall.
 */
final class Offices {
    /** Each office with its wordings, in the order of the file: longer offices first ("vice president"). */
    private final Map<String, List<String>> wordings = new LinkedHashMap<>();

    Offices(Language language) {
        for (WordTable.Row row : language.words(WordList.OFFICE).rows()) {
            wordings.computeIfAbsent(row.column(0), office -> new ArrayList<>()).add(" " + row.word().replace('-', ' ') + " ");
        }
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
}
