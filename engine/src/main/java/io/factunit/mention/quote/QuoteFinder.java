package io.factunit.mention.quote;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.analysis.Word;
import io.factunit.language.Language;
import io.factunit.language.WordList;
import io.factunit.mention.FoundMentions;
import io.factunit.mention.LookupForm;
import io.factunit.mention.Mention;
import io.factunit.mention.MentionFinder;
import io.factunit.mention.NamedPerson;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds quotations — words between curly (“…”) or straight ("…") double quotes, possibly over several
 * sentences of one paragraph — and who spoke them. The speaker comes from the sentence
 * ({@link QuoteAttributor}): its noun phrase is the {@code source} as written; the {@code speaker} is the
 * full name of the person that phrase ends in ("Al Jazeera’s Hashem Ahelbarra", "Ahelbarra" linked by
 * surname), so "Netanyahu’s office" is a source without a speaker. "he" or "she" is the person the text
 * was last about: the speaker of the last attributed quote, else the first person named in a sentence
 * (usually its subject: in "Haniyeh, speaking to Iran’s Foreign Minister …" it is Haniyeh). That person is
 * forgotten after two sentences that name nobody and say "he" or "she" nowhere. A quote that opens a
 * sentence with no attribution continues the attributed quote of the sentence before, in the same paragraph.
 */
public final class QuoteFinder implements MentionFinder {
    /** The token that stands for a whole quote in the words around it. */
    private static final Word QUOTE_MARK = Word.of("\"");

    /** Sentences naming nobody, without "he" or "she", that "he" may still reach back over. */
    private static final int PRONOUN_REACH = 1;
    /** A title is at most this many words, and each word of at least TITLE_LETTERS letters is capitalised. */
    private static final int TITLE_WORDS = 8;
    private static final int TITLE_LETTERS = 4;

    private final QuoteAttributor attributor;
    private final QuoteWords quoteWords;
    /** "he" and "she": a quote may point back to its speaker with them. */
    private final Set<String> anchorWords;

    public QuoteFinder(Language language) {
        this.attributor = new QuoteAttributor(language);
        this.quoteWords = language.view(QuoteWords.class, QuoteWords::new);
        this.anchorWords = Set.copyOf(language.words(WordList.SUBJECT_PRONOUN).words(row -> row.column(0).equals("3")
                && row.column(1).equals("singular")));
    }

    @Override
    public Class<QuoteMention> finds() {
        return QuoteMention.class;
    }

    /** Speakers are people: the finders of people run first and hand them over. */
    @Override
    public Set<Class<? extends Mention>> needs() {
        return Set.of(NamedPerson.class);
    }

    /** Quote marks are anchors to the analyser anyway; "he" and "she" point back to a speaker. */
    @Override
    public Set<String> anchorWords() {
        return anchorWords;
    }

    @Override
    public List<QuoteMention> find(AnalyzedArticle article, FoundMentions earlier) {
        return find(article, earlier.of(NamedPerson.class));
    }

    /** The quotes in an article and who spoke them, among the {@code people} found in it. */
    public List<QuoteMention> find(AnalyzedArticle article, List<? extends NamedPerson> people) {
        String text = article.article().text();
        List<Sentence> sentences = article.sentences();
        List<List<NamedPerson>> bySentence = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.add(new ArrayList<>(2));
        }
        for (NamedPerson person : people) {
            bySentence.get(person.sentence()).add(person);
        }
        List<QuoteMention> quotes = new ArrayList<>();
        Salience salience = new Salience();
        int first = 0;
        while (first < sentences.size()) {
            int last = first;
            while (last + 1 < sentences.size() && sameParagraph(text, sentences.get(last), sentences.get(last + 1))) {
                last++;
            }
            new Paragraph(text, sentences.subList(first, last + 1), bySentence, salience).find(quotes);
            first = last + 1;
        }
        return quotes;
    }

    private static boolean sameParagraph(String text, Sentence before, Sentence after) {
        for (int i = before.end(); i < after.start(); i++) {
            if (text.charAt(i) == '\n') {
                return false;
            }
        }
        return true;
    }

    /** Who "he" or "she" is: the person the text was last about. */
    private static final class Salience {
        private String person;
        private int idle;

        /** Moves on past a sentence: its speaker, else its first person outside quotes, keeps the text on someone. */
        void update(String speaker, NamedPerson firstPerson, boolean pronoun) {
            if (speaker != null || firstPerson != null) {
                person = speaker != null ? speaker : firstPerson.name();
                idle = 0;
            } else if (pronoun) {
                idle = 0;
            } else if (++idle > PRONOUN_REACH) {
                person = null;
            }
        }
    }

    /** One paragraph: its quotation spans, and the state for attributing them in order. */
    private final class Paragraph {
        private final String text;
        private final List<Sentence> sentences;
        private final List<List<NamedPerson>> people;
        private final Salience salience;
        /** Quotation spans, as {start of opening mark, end after closing mark}, in order. */
        private final List<int[]> spans = new ArrayList<>();

        Paragraph(String text, List<Sentence> sentences, List<List<NamedPerson>> people, Salience salience) {
            this.text = text;
            this.sentences = sentences;
            this.people = people;
            this.salience = salience;
            findSpans(sentences.get(0).start(), sentences.get(sentences.size() - 1).end());
        }

        private void findSpans(int from, int to) {
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (c == '“' || c == '"') {
                    int close = closingMark(i + 1, to);
                    if (close < 0) {
                        return; // unbalanced: trust nothing after it
                    }
                    if (!text.substring(i + 1, close).isBlank()) {
                        spans.add(new int[] {i, close + 1});
                    }
                    i = close + 1;
                } else {
                    i++;
                }
            }
        }

        /** The ” or " that closes an opening mark; curly marks nest, and sloppy text mixes the kinds. */
        private int closingMark(int from, int to) {
            int depth = 1;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '“') {
                    depth++;
                } else if (c == '"' || (c == '”' && --depth == 0)) {
                    return i;
                }
            }
            return -1;
        }

        void find(List<QuoteMention> out) {
            int span = 0;
            QuoteMention carried = null; // last attributed quote, for quotes that continue it
            int carriedUntil = -2;       // sentence its closing mark is in
            for (int s = 0; s < sentences.size(); s++) {
                Sentence sentence = sentences.get(s);
                String sentenceSpeaker = null;
                for (; span < spans.size() && spans.get(span)[0] < sentence.end(); span++) {
                    int[] quote = spans.get(span);
                    int lastSentence = sentenceOf(quote[1] - 1, s);
                    QuoteMention mention = attribute(span, s, lastSentence);
                    if (mention == null) {
                        continue; // a title of a work, not words anyone said
                    }
                    if (mention.speaker() == null && mention.source() == null && carried != null
                            && quote[0] == sentence.start() && carriedUntil >= s - 1) {
                        mention = mention.withSpeaker(carried.speaker(), carried.source());
                    }
                    if (mention.speaker() != null || mention.source() != null) {
                        carried = mention;
                        carriedUntil = lastSentence;
                    }
                    if (mention.speaker() != null) {
                        sentenceSpeaker = mention.speaker();
                    }
                    out.add(mention);
                }
                salience.update(sentenceSpeaker, firstPersonOutsideQuotes(sentence), hasPronounOutsideQuotes(sentence));
            }
        }

        /**
         * The quote at a span with its speaker; null for a title of a work in quotation marks ("The Big
         * Lebowski", "Meet the Press"): words in title case that nobody is said to say are not a quote.
         */
        private QuoteMention attribute(int span, int firstSentence, int lastSentence) {
            int[] quote = spans.get(span);
            List<Token> context = new ArrayList<>();
            int placeholder = -1;
            int words = 0;
            for (Sentence sentence : sentences.subList(firstSentence, lastSentence + 1)) {
                for (Token token : sentence.tokens()) {
                    int inside = spanContaining(token);
                    if (inside < 0) {
                        context.add(token);
                        continue;
                    }
                    if (inside == span && !"PUNCT".equals(token.upos())) {
                        words++;
                    }
                    if (context.isEmpty() || context.get(context.size() - 1).start() != spans.get(inside)[0]) {
                        if (inside == span) {
                            placeholder = context.size();
                        }
                        int[] other = spans.get(inside);
                        context.add(new Token(QUOTE_MARK, other[0], other[1], QuoteAttributor.QUOTE, "\""));
                    }
                }
            }
            String source = null;
            String speaker = null;
            String quoted = words(quote);
            boolean closed = !quoted.isEmpty() && !Character.isLetterOrDigit(text.charAt(quote[1] - 2));
            QuoteAttributor.Source found = placeholder < 0 ? null
                    : attributor.attribute(context, placeholder, words, closed, isTitle(quoted));
            if (found == null && words >= 2 && isTitle(quoted)) {
                return null;
            }
            if (found != null) {
                Token first = context.get(found.first());
                Token last = context.get(found.last());
                source = text.substring(first.start(), last.end());
                speaker = speaker(first, last, firstSentence, lastSentence);
            }
            return new QuoteMention(quote[0], quote[1], text.substring(quote[0], quote[1]),
                    sentences.get(firstSentence).index(), quoted, speaker, source, quoteWords.of(quoted));
        }

        /** The person a source phrase ends in, or whom its "he"/"she" points to. */
        private String speaker(Token first, Token last, int firstSentence, int lastSentence) {
            if (first == last && attributor.isSubjectPronoun(first)) {
                String pronoun = LookupForm.of(first);
                return pronoun.equals("he") || pronoun.equals("she") ? salience.person : null;
            }
            for (Sentence sentence : sentences.subList(firstSentence, lastSentence + 1)) {
                for (NamedPerson person : people.get(sentence.index())) {
                    if (person.end() == last.end() && person.start() >= first.start()) {
                        return person.name();
                    }
                }
            }
            return null;
        }

        /**
         * A short phrase whose longer words are all capitalised ("Meet the Press", "X-Men Origins: Wolverine"):
         * the shape of a programme's, a book's or a slogan's title.
         */
        private static boolean isTitle(String quoted) {
            String[] words = quoted.split("\\s+");
            if (words.length > TITLE_WORDS) {
                return false;
            }
            boolean capital = false;
            for (String word : words) {
                String letters = word.replaceAll("[^\\p{L}]", "");
                if (letters.length() >= TITLE_LETTERS && !Character.isUpperCase(letters.charAt(0))) {
                    return false;
                }
                capital |= !letters.isEmpty() && Character.isUpperCase(letters.charAt(0));
            }
            return capital;
        }

        /** The words between the marks; a comma before the closing mark belongs to the attribution. */
        private String words(int[] quote) {
            String inner = text.substring(quote[0] + 1, quote[1] - 1).strip();
            return inner.endsWith(",") ? inner.substring(0, inner.length() - 1).strip() : inner;
        }

        private int sentenceOf(int offset, int from) {
            int s = from;
            while (s + 1 < sentences.size() && sentences.get(s + 1).start() <= offset) {
                s++;
            }
            return s;
        }

        private int spanContaining(Token token) {
            int span = spanAt(token.start());
            return span >= 0 && token.end() <= spans.get(span)[1] ? span : -1;
        }

        /** Index of the quotation span holding an offset, or -1; spans are sorted and disjoint. */
        private int spanAt(int offset) {
            int low = 0;
            int high = spans.size() - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int[] span = spans.get(mid);
                if (offset < span[0]) {
                    high = mid - 1;
                } else if (offset >= span[1]) {
                    low = mid + 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        private NamedPerson firstPersonOutsideQuotes(Sentence sentence) {
            for (NamedPerson person : people.get(sentence.index())) {
                if (!insideQuote(person.start())) {
                    return person;
                }
            }
            return null;
        }

        private boolean hasPronounOutsideQuotes(Sentence sentence) {
            for (Token token : sentence.tokens()) {
                if (!"PRON".equals(token.upos())) {
                    continue; // most tokens; asked first as it costs least
                }
                String word = LookupForm.of(token);
                if ((word.equals("he") || word.equals("she")) && !insideQuote(token.start())) {
                    return true;
                }
            }
            return false;
        }

        private boolean insideQuote(int offset) {
            return spanAt(offset) >= 0;
        }
    }
}
