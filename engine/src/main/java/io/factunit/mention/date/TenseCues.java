package io.factunit.mention.date;

import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.article.FirstChars;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether the clause around a date speaks of the future. The clause is the stretch of the sentence
 * between punctuation or a subordinating word ("that", "which", "after", ...) that holds the date, and only
 * cues before the date or inside it count: in "said on Tuesday that talks will resume" the "will" governs
 * another clause, while in "will meet on Tuesday" it governs the date. A verbless clause that opens the sentence
 * and ends in a comma ("On Tuesday,") borrows the next clause: "On Tuesday, the talks will resume".
 */
final class TenseCues {
    /** Where a clause ends. The patterns as written; the scans use them {@link FirstChars#gated gated}. */
    static final Pattern CLAUSE_BOUNDARY = Pattern.compile("[,:](?=\\s)|[;()\\[\\]\"\u201C\u201D]"
            + "|\\s[-\u2013\u2014]\\s"
            + "|\\b(?i:that|which|who|whom|whose|because|after|when|while|although|whereas|since|but)\\b");
    static final Pattern FUTURE_CUE = Pattern.compile("\\b(?i:will|shall|won['\u2019]t|(?:expected|scheduled"
            + "|anticipated|set|slated|going|planning|plans?|intends?)\\s+to|(?:is|are)\\s+to|next|upcoming"
            + "|(?:scheduled|slated|planned|due)\\s+(?:for|on))\\b"
            + "|['\u2019]ll\\b");
    static final Pattern BOUNDARY = FirstChars.gated(CLAUSE_BOUNDARY);
    static final Pattern FUTURE = FirstChars.gated(FUTURE_CUE);

    /**
     * How far from the date clause boundaries are looked for. Real clauses are far shorter; the bound keeps
     * the work per date constant, where scanning the whole sentence made a page of dates cost its square.
     */
    static final int CONTEXT = 300;

    private TenseCues() {
    }

    /**
     * The tense of the clause holding text[start, end) (offsets into the article) of a sentence, by scanning the
     * window around it. A sentence with many dates asks its {@link ClauseIndex} instead, which gives these answers.
     */
    static Tense tense(Sentence sentence, int start, int end) {
        String text = sentence.text();
        int from = Math.max(0, start - sentence.start());
        int to = Math.min(text.length(), end - sentence.start());
        int windowEnd = Math.min(text.length(), to + CONTEXT);
        int clauseStart = Math.max(0, from - CONTEXT);
        int clauseEnd = windowEnd;
        int nextEnd = windowEnd;
        boolean commaAfter = false;
        Matcher boundary = BOUNDARY.matcher(text).region(clauseStart, windowEnd).useTransparentBounds(true);
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
        if (FUTURE.matcher(text).region(clauseStart, to).find()) {
            return Tense.FUTURE;
        }
        boolean fronted = commaAfter && !hasVerb(sentence, 0, clauseEnd, from, to);
        if (fronted && FUTURE.matcher(text).region(clauseEnd, nextEnd).find()) {
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
