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
    private final EventBinder events;
    private final Set<String> anchorWords;

    public DateFinder(Language language) {
        this(DateWords.of(language));
    }

    DateFinder(DateWords words) {
        this.scanner = new DateScanner(words);
        this.tenseCues = words.tenseCues;
        this.events = words.events;
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
            List<DateScanner.Candidate> candidates = scanner.find(text, paragraph);
            QuotedSpans quoted = candidates.isEmpty() ? null
                    : QuotedSpans.of(text, paragraph.get(0).start(), paragraph.get(paragraph.size() - 1).end());
            for (DateScanner.Candidate candidate : candidates) {
                mention(text, paragraph, clauses, candidate, published, events, quoted).ifPresent(mentions::add);
            }
        }
        return mentions;
    }

    private static Optional<DateMention> mention(String text, List<Sentence> paragraph, Clauses clauses,
                                                 DateScanner.Candidate candidate, LocalDate published,
                                                 EventBinder events, QuotedSpans quoted) {
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
                    resolved.relative(), tense == Tense.FUTURE, resolved.timex(),
                    resolved.relative() && stated.month() == 0 && quoted.contains(candidate.start()) ? null
                            : event(events, clauses.clause, candidate, !resolved.relative()),
                    expression instanceof DateExpression.AttributiveYear);
        });
    }

    /**
     * The event a date is bound to ({@link EventBinder}), in the clause its tense was judged in; none for what
     * dates no event: "now", a length of time ("the past two years"), a set ("every Friday"), a bare clock time,
     * a vague past or future ("recently", "the future"), a length without a number ("for years") and a year
     * modifying a noun ("the 2004 tsunami": the noun's event, which {@code claim.OtherEvents} reads).
     */
    private static DateEvent event(EventBinder events, Sentence clause, DateScanner.Candidate candidate,
                                   boolean absolute) {
        DateExpression expression = candidate.expression();
        if (expression instanceof DateExpression.Present || expression instanceof DateExpression.AnchoredDuration
                || expression instanceof DateExpression.VagueReference
                || expression instanceof DateExpression.AttributiveYear
                || expression instanceof DateExpression.VagueDuration
                || expression instanceof DateExpression.Recurrence
                || expression instanceof DateExpression.TimeOfDay t && t.part() == null
                && t.day() instanceof DateExpression.DayOffset) {
            return null;
        }
        List<Token> tokens = clause.tokens();
        int first = firstEndingAfter(tokens, candidate.start());
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= candidate.end()) {
            last++;
        }
        if (first >= tokens.size() || tokens.get(first).start() >= candidate.end()) {
            return null;
        }
        return events.bind(tokens, first, last, expression instanceof DateExpression.Range, absolute,
                isNow(expression));
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

    /** The first token ending after an offset, by binary search: a sentence may hold thousands of dates. */
    private static int firstEndingAfter(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).end() > offset) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** "today", "tonight", "this week", "this year": the time of writing. */
    private static boolean isNow(DateExpression expression) {
        DateExpression day = expression instanceof DateExpression.TimeOfDay t ? t.day() : expression;
        return day instanceof DateExpression.DayOffset o && o.days() == 0
                || day instanceof DateExpression.RelativePeriod p && p.offset() == 0;
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
