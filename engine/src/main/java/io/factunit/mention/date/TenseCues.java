package io.factunit.mention.date;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.article.FirstChars;
import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.language.WordTable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether the clause around a date speaks of the future. The clause is the stretch of the sentence
 * between punctuation or a subordinating word ("that", "which", "after", ...) that holds the date, and only
 * cues before the date or inside it count: in "said on Tuesday that talks will resume" the "will" governs
 * another clause, while in "will meet on Tuesday" it governs the date. A verbless clause that opens the sentence
 * and ends in a comma ("On Tuesday,") borrows the next clause: "On Tuesday, the talks will resume". The words
 * that open a clause and the future cues are the language's ({@code relative-pronoun.txt}, {@code clause-word.txt},
 * {@code future-cue.txt}).
 */
final class TenseCues {
    /** Where a clause ends. The patterns as written; the scans use them {@link FirstChars#gated gated}. */
    final Pattern clauseBoundary;
    final Pattern futureCue;
    final Pattern boundary;
    final Pattern future;

    /**
     * How far from the date clause boundaries are looked for. Real clauses are far shorter; the bound keeps
     * the work per date constant, where scanning the whole sentence made a page of dates cost its square.
     */
    static final int CONTEXT = 300;

    TenseCues(Language language) {
        List<String> clauseWords = new ArrayList<>(language.words(WordList.RELATIVE_PRONOUN).words());
        clauseWords.addAll(language.words(WordList.CLAUSE_WORD).words());
        clauseBoundary = Pattern.compile("[,:](?=\\s)|[;()\\[\\]\"\u201C\u201D]"
                + "|\\s[-\u2013\u2014]\\s"
                + "|\\b(?i:" + WordTable.alternation(clauseWords) + ")\\b");
        List<String> phrases = new ArrayList<>();
        List<String> clitics = new ArrayList<>();
        for (String cue : language.words(WordList.FUTURE_CUE).words()) {
            (cue.startsWith("'") ? clitics : phrases).add(cue);
        }
        futureCue = Pattern.compile("\\b(?i:" + spaced(phrases) + ")\\b"
                + (clitics.isEmpty() ? "" : "|(?:" + spaced(clitics) + ")\\b")); // "they'll", in lower case
        boundary = FirstChars.gated(clauseBoundary);
        future = FirstChars.gated(futureCue);
    }

    /** An alternation of phrases whose words match across any spacing and whose apostrophes may be curly. */
    private static String spaced(List<String> phrases) {
        return WordTable.alternation(phrases).replace(" ", "\\s+").replace("'", "['\u2019]");
    }

    /**
     * The tense of the clause holding text[start, end) (offsets into the article) of a sentence, by scanning the
     * window around it. A sentence with many dates asks its {@link ClauseIndex} instead, which gives these answers.
     */
    Tense tense(Sentence sentence, int start, int end) {
        String text = sentence.text();
        int from = Math.max(0, start - sentence.start());
        int to = Math.min(text.length(), end - sentence.start());
        int windowEnd = Math.min(text.length(), to + CONTEXT);
        int clauseStart = Math.max(0, from - CONTEXT);
        int clauseEnd = windowEnd;
        int nextEnd = windowEnd;
        boolean commaAfter = false;
        Matcher boundary = this.boundary.matcher(text).region(clauseStart, windowEnd).useTransparentBounds(true);
        while (boundary.find()) {
            if (boundary.end() <= from) {
                clauseStart = boundary.end();
            } else if (boundary.start() >= to) {
                if (clauseEnd == windowEnd) {
                    clauseEnd = boundary.start();
                    commaAfter = text.charAt(clauseEnd) == ',';
                } else {
                    nextEnd = boundary.start();
                    break;
                }
            }
        }
        if (future.matcher(text).region(clauseStart, to).find()) {
            return Tense.FUTURE;
        }
        boolean fronted = commaAfter && !hasVerb(sentence, 0, clauseEnd, from, to);
        if (fronted && future.matcher(text).region(clauseEnd, nextEnd).find()) {
            return Tense.FUTURE;
        }
        return Tense.PAST;
    }

    private static boolean hasVerb(Sentence sentence, int clauseStart, int clauseEnd, int from, int to) {
        for (Token token : sentence.tokens()) {
            int at = token.start() - sentence.start();
            boolean inClause = at >= clauseStart && at < clauseEnd && (at < from || at >= to);
            if (inClause && token.isVerb()) {
                return true;
            }
        }
        return false;
    }
}
