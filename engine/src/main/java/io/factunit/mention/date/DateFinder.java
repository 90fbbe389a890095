package io.factunit.mention.date;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.Sentence;
import io.factunit.analysis.Sentences;
import io.factunit.analysis.Token;
import io.factunit.language.Language;
import io.factunit.mention.MentionFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds dates, date ranges, times and recurring dates in an article and resolves them against its
 * publication date ({@link DateResolver}). Patterns run over whole paragraphs rather than single sentences,
 * because the sentence model splits after abbreviations ("8:30 a.m. | on Thursday", "Sept. | 3"); a mention
 * belongs to the sentence where it starts. Paragraphs with no digit, month, weekday or time word are skipped
 * without running any pattern.
 */
public final class DateFinder implements MentionFinder.SelfContained {
    private final DateScanner scanner;
    private final TenseCues tenseCues;
    private final Set<String> anchorWords;

    public DateFinder(Language language) {
        this(DateWords.of(language));
    }

    DateFinder(DateWords words) {
        this.scanner = new DateScanner(words);
        this.tenseCues = words.tenseCues;
        this.anchorWords = words.dates.anchorWords();
    }

    @Override
    public List<DateMention> find(AnalyzedArticle analyzed) {
        String text = analyzed.article().text();
        LocalDate published = analyzed.article().publishedDate().orElse(null);
        List<Sentence> sentences = analyzed.sentences();
        List<DateMention> mentions = new ArrayList<>();
        for (List<Sentence> paragraph : Sentences.paragraphs(text, sentences)) {
            Clauses clauses = new Clauses(tenseCues, text, paragraph);
            for (DateScanner.Candidate candidate : scanner.find(text, paragraph)) {
                mention(text, paragraph, clauses, candidate, published).ifPresent(mentions::add);
            }
        }
        return mentions;
    }

    private static Optional<DateMention> mention(String text, List<Sentence> paragraph, Clauses clauses,
                                                 DateScanner.Candidate candidate, LocalDate published) {
        int index = Sentences.at(paragraph, candidate.start());
        Sentence sentence = paragraph.get(index);
        Tense tense = clauses.tense(index, candidate.start(), candidate.end());
        DateExpression expression = candidate.expression();
        return DateResolver.resolve(expression, published, tense).map(resolved -> {
            DateParts stated = expression.stated();
            DateParts rangeEnd = expression instanceof DateExpression.Range range ? range.to() : null;
            return new DateMention(candidate.start(), candidate.end(),
                    text.substring(candidate.start(), candidate.end()), sentence.index(), resolved.first(),
                    resolved.last(), stated.weekday(), stated.month(), stated.day(), stated.year(), rangeEnd,
                    resolved.relative(), tense == Tense.FUTURE, resolved.timex());
        });
    }

    /**
     * The tense of each date, judged in its {@link #clause}: the clause's {@link ClauseIndex} is built once and
     * asked for each of the dates in it, which come in text order.
     */
    private static final class Clauses {
        private final TenseCues tenseCues;
        private final String text;
        private final List<Sentence> paragraph;
        private int first = -1;
        private int last = -1;
        private Sentence clause;
        private ClauseIndex index;

        Clauses(TenseCues tenseCues, String text, List<Sentence> paragraph) {
            this.tenseCues = tenseCues;
            this.text = text;
            this.paragraph = paragraph;
        }

        Tense tense(int sentence, int start, int end) {
            int from = clauseStart(paragraph, sentence);
            if (from != first || sentence != last) {
                first = from;
                last = sentence;
                clause = clause(text, paragraph, sentence);
                index = ClauseIndex.of(tenseCues, clause);
            }
            return index != null ? index.tense(start, end) : tenseCues.tense(clause, start, end);
        }
    }

    /**
     * The sentence to judge tense in: a sentence starting in lower case was split off after an abbreviation
     * ("will arrive at 8:30 a.m. | on Thursday"), so it is joined back to the one before.
     */
    private static Sentence clause(String text, List<Sentence> paragraph, int index) {
        int first = clauseStart(paragraph, index);
        if (first == index) {
            return paragraph.get(index);
        }
        List<Token> tokens = new ArrayList<>();
        for (int i = first; i <= index; i++) {
            tokens.addAll(paragraph.get(i).tokens());
        }
        Sentence start = paragraph.get(first);
        Sentence end = paragraph.get(index);
        return new Sentence(start.index(), start.start(), end.end(), text.substring(start.start(), end.end()), tokens);
    }

    @Override
    public Class<DateMention> finds() {
        return DateMention.class;
    }

    /** Month and weekday names, calendar and time words, units of time: what every date form holds. */
    @Override
    public Set<String> anchorWords() {
        return anchorWords;
    }


    /** The first sentence of the clause {@link #clause} joins for a sentence. */
    private static int clauseStart(List<Sentence> paragraph, int index) {
        int first = index;
        // a few splits at most; never walk back through a whole paragraph of lower-case pieces
        while (first > 0 && index - first < 3 && Character.isLowerCase(paragraph.get(first).text().charAt(0))) {
            first--;
        }
        return first;
    }
}
