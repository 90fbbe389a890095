package io.factunit.mention.duration;

import io.factunit.analysis.Token;
import io.factunit.analysis.Word;
import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import io.factunit.mention.TimeUnits;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The units a length of time is counted in ("10 weeks", "a fortnight", "six-week"): the language's units of
 * time from minutes to centuries, and the fortnight.
 */
final class DurationUnits {
    /** The unit column of a fortnight, which is no {@link ChronoUnit}. */
    static final String FORTNIGHTS = "FORTNIGHTS";
    /** Whether a word is a unit word, worked out once per word: the finder asks it of every token. */
    private static final Word.OwnedFact<DurationUnits, Boolean> UNIT_WORD = Word.OwnedFact.of(DurationUnits::isUnitWord);

    private final Language language;
    private final Set<String> words = new HashSet<>();
    /** The last letters of the unit words (and of "long"): a word ending otherwise holds no unit. */
    private final String endings;

    DurationUnits(Language language) {
        this.language = language;
        words.addAll(words(ChronoUnit.MINUTES, ChronoUnit.CENTURIES, true, true));
        words.add("long"); // "week long"
        StringBuilder last = new StringBuilder();
        for (String word : words) {
            char end = word.charAt(word.length() - 1);
            if (last.indexOf(String.valueOf(end)) < 0) {
                last.append(end);
            }
        }
        endings = last.toString();
    }

    /** The unit words from {@code first} to {@code last}, singular (and plural), the fortnight if asked. */
    List<String> words(ChronoUnit first, ChronoUnit last, boolean plurals, boolean fortnights) {
        List<String> found = new ArrayList<>();
        for (WordTable.Row row : language.words(WordList.TIME_UNIT).rows()) {
            ChronoUnit unit = TimeUnits.chronoUnit(row.column(1));
            boolean inRange = unit != null && unit.compareTo(first) >= 0 && unit.compareTo(last) <= 0;
            if (inRange || (fortnights && row.column(1).equals(FORTNIGHTS))) {
                found.add(row.word());
                if (plurals) {
                    found.add(row.column(0));
                }
            }
        }
        return found;
    }

    /** Whether a token's word is a unit word ({@link #isUnitWord(String)}); the answer is kept in the word. */
    boolean isUnitWord(Token token) {
        return UNIT_WORD.of(token.word(), this);
    }

    /** A unit word, alone or ending a compound ("days", "six-week", "weeklong"). */
    boolean isUnitWord(String text) {
        if (text.length() < 3 || !mayHoldUnit(text)) {
            return false; // no unit word is that short, and each ends in one of the endings
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int hyphen = lower.lastIndexOf('-');
        if (words.contains(hyphen < 0 ? lower : lower.substring(hyphen + 1))) {
            return true;
        }
        return lower.endsWith("long") && words.contains(lower.substring(0, lower.length() - 4));
    }

    /** False for a word that cannot end in a unit word: its last letter ends none, and it has no hyphen. */
    private boolean mayHoldUnit(String text) {
        char last = Character.toLowerCase(text.charAt(text.length() - 1));
        return endings.indexOf(last) >= 0 || text.indexOf('-') >= 0;
    }

    /** Whether a unit word names a fortnight (two weeks). */
    boolean isFortnight(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (WordTable.Row row : language.words(WordList.TIME_UNIT).rows()) {
            if (row.column(1).equals(FORTNIGHTS) && (row.word().equals(lower) || row.column(0).equals(lower))) {
                return true;
            }
        }
        return false;
    }
}
