package io.factunit.claim;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.analysis.Sentence;
import io.factunit.analysis.Token;
import io.factunit.article.Article;
import io.factunit.mention.Mention;
import io.factunit.mention.date.DateMention;
import io.factunit.mention.duration.DurationMention;
import io.factunit.mention.person.PersonMention;
import io.factunit.mention.quantity.QuantityMention;
import io.factunit.rules.ClaimDefinition;
import io.factunit.rules.MentionKind;
import io.factunit.rules.RuleException;
import io.factunit.rules.RuleSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Gives mentions a meaning: each mention that matches a claim definition (head noun, verb, context words,
 * modifiers, pattern) becomes a {@link Claim}. Matching is on lemmas, never on raw regexes over the
 * whole text alone, and a mention may be a claim of several kinds.
 */
public final class ClaimExtractor {
    /** Character reads allowed to one pattern on one sentence before it is judged runaway. */
    private static final long PATTERN_BUDGET = 1_000_000;

    private final List<ClaimDefinition> definitions;

    public ClaimExtractor(RuleSet rules) {
        this.definitions = rules.claims();
    }

    public List<Claim> extract(AnalyzedArticle analyzed, List<? extends Mention> mentions) {
        return extract(analyzed, mentions, CHUNK);
    }

    /** As {@link #extract(AnalyzedArticle, List)}, a long article's mentions in runs of {@code chunk} (for tests). */
    List<Claim> extract(AnalyzedArticle analyzed, List<? extends Mention> mentions, int chunk) {
        Dates dates = new Dates(mentions, analyzed.article().published());
        if (!analyzed.isLong() || mentions.size() < 2 * chunk) {
            return extract(analyzed, mentions.subList(0, mentions.size()), dates);
        }
        // A long article's mentions are turned into claims in runs on several threads, each with its own memo of
        // sentence words; the article's indexes are built first, so the runs only read them. The runs' claims are
        // joined in mention order: the same list as one thread makes.
        dates.build();
        int runs = (mentions.size() + chunk - 1) / chunk;
        List<List<Claim>> parts = IntStream.range(0, runs).parallel()
                .mapToObj(r -> extract(analyzed, mentions.subList(r * chunk, Math.min(mentions.size(), (r + 1) * chunk)),
                        dates))
                .toList();
        List<Claim> claims = new ArrayList<>();
        parts.forEach(claims::addAll);
        return claims;
    }

    /** Mentions per run of a long article's claim extraction. */
    private static final int CHUNK = 4096;

    private List<Claim> extract(AnalyzedArticle analyzed, List<? extends Mention> mentions, Dates dates) {
        List<Claim> claims = new ArrayList<>();
        List<Sentence> sentences = analyzed.sentences();
        // A sentence's words, gathered once however many of its mentions are matched against them.
        Map<Integer, Set<String>> lemmasBySentence = new HashMap<>();
        Map<Integer, List<String>> words = new HashMap<>();
        for (Mention mention : mentions) {
            Sentence sentence = sentences.get(mention.sentence());
            MentionKind kind = kindOf(mention);
            Set<String> lemmas = null;
            boolean named = false;
            // named claims first; an open claim takes only what none of them took (no figure fails twice)
            for (boolean open : OPEN_LAST) {
                for (ClaimDefinition definition : definitions) {
                    if (definition.mention() != kind || definition.open() != open || (open && named)) {
                        continue;
                    }
                    if (lemmas == null) {
                        lemmas = lemmasBySentence.computeIfAbsent(mention.sentence(), i -> lemmas(sentence));
                    }
                    boolean matched = matches(definition, mention, sentence, lemmas);
                    named |= !open && (matched || owns(definition, mention, sentence));
                    if (matched) {
                        String qualifier = qualifier(definition, analyzed.article(), mention, sentence, dates);
                        Alignment alignment = new Alignment(alignBy(definition, analyzed.article(), mention, sentence,
                                dates), words.computeIfAbsent(mention.sentence(), i -> Wording.of(sentence)),
                                Wording.near(sentence, mention.start(), mention.end()));
                        claims.add(new Claim(analyzed.article().id() + ":" + definition.id() + ":" + mention.start(),
                                definition.id(), analyzed.article(), mention, qualifier, sentence.text(),
                                analyzed.article().position(mention.start()), alignment));
                    }
                }
            }
        }
        return claims;
    }

    private static final boolean[] OPEN_LAST = {false, true};

    /** The dates of one article that qualifiers are read from, indexed when a claim first needs them. */
    private static final class Dates {
        private final List<? extends Mention> mentions;
        private final java.time.LocalDate published;
        private TimeAnchors anchors;
        private OtherEvents events;
        private Map<Integer, List<PersonMention>> people;
        private List<PersonMention> allPeople;

        Dates(List<? extends Mention> mentions, java.time.LocalDate published) {
            this.mentions = mentions;
            this.published = published;
        }

        /** Builds every index now, so that threads sharing these dates only read them. */
        void build() {
            anchors();
            events();
            people();
            people(0);
        }

        TimeAnchors anchors() {
            if (anchors == null) {
                anchors = new TimeAnchors(mentions);
            }
            return anchors;
        }

        OtherEvents events() {
            if (events == null) {
                events = new OtherEvents(mentions, published);
            }
            return events;
        }

        /** The people the article names, in text order. */
        List<PersonMention> people() {
            if (allPeople == null) {
                allPeople = new ArrayList<>();
                for (Mention mention : mentions) {
                    if (mention instanceof PersonMention person) {
                        allPeople.add(person);
                    }
                }
                allPeople.sort(java.util.Comparator.comparingInt(PersonMention::start));
            }
            return allPeople;
        }

        /** The people named in a sentence. */
        List<PersonMention> people(int sentence) {
            if (people == null) {
                people = new HashMap<>();
                for (Mention mention : mentions) {
                    if (mention instanceof PersonMention person) {
                        people.computeIfAbsent(person.sentence(), s -> new ArrayList<>(2)).add(person);
                    }
                }
            }
            return people.getOrDefault(sentence, List.of());
        }
    }

    static MentionKind kindOf(Mention mention) {
        return MentionKind.ofYamlName(mention.kind());
    }

    private static boolean matches(ClaimDefinition definition, Mention mention, Sentence sentence, Set<String> lemmas) {
        if (definition.open() && !Figures.isFigure(mention)) {
            return false;
        }
        if (mention instanceof QuantityMention q) {
            // "killed 12": a bare number stands for the heads where the claim allows it
            if (!definition.heads().isEmpty() && !countsAny(definition.heads(), q)
                    && !(definition.bare() && q.head() == null)) {
                return false;
            }
            if (!definition.verbs().isEmpty() && (q.verb() == null || !definition.verbs().contains(q.verb()))
                    && !nominalVerb(definition, q, sentence)) {
                return false;
            }
            // "one of the fatalities": a claim named by its noun alone does not count a part of the group
            if (definition.verbs().isEmpty() && q.partitive()) {
                return false;
            }
            if (!definition.modifiers().isEmpty() && !anyIn(definition.modifiers(), q.modifiers())) {
                return false;
            }
            if (anyIn(definition.unlessModifiers(), q.modifiers())) {
                return false; // "another 5", "5 other people": a part added to a count stated elsewhere
            }
        } else if (mention instanceof DurationMention d) {
            if (!definition.heads().isEmpty() && (d.head() == null || !definition.heads().contains(d.head()))) {
                return false;
            }
        } else if (mention instanceof DateMention d) {
            if (d.isVague() || d.attributive()) {
                return false; // "recently", "for years": nothing to compare; "the 1996 election": its noun's date
            }
            // a stated range ("from November 24 to December 1"), not a period such as "last weekend"
            if (definition.rangeOnly() && d.rangeEnd() == null) {
                return false;
            }
            if (definition.event() && (d.event() == null
                    || !definition.verbs().isEmpty() && !definition.verbs().contains(d.event().predicate()))) {
                return false;
            }
        }
        if (!definition.context().isEmpty() && !anyIn(definition.context(), lemmas)) {
            return false;
        }
        if (anyIn(definition.unless(), lemmas)) {
            return false;
        }
        return definition.pattern() == null || find(definition, sentence);
    }

    /**
     * Whether a named claim speaks for the figure even where its context words turned it down: it names the
     * figure's counted noun and its verb. Its {@code unless} and {@code context} then decide for the figure,
     * and an open claim does not compare what the named claim chose to leave out ("killed 40 people, and
     * some of those injured may die").
     */
    private static boolean owns(ClaimDefinition definition, Mention mention, Sentence sentence) {
        return mention instanceof QuantityMention q && !definition.heads().isEmpty() && countsAny(definition.heads(), q)
                && (definition.verbs().isEmpty() || (q.verb() != null && definition.verbs().contains(q.verb()))
                || nominalVerb(definition, q, sentence));
    }

    /**
     * News often names the event as a noun: "the release of 105 hostages", "the deaths of 12 people".
     * Such a noun right before the number (over "of" and an optional article) counts as its verb.
     */
    private static boolean nominalVerb(ClaimDefinition definition, QuantityMention q, Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int i = sentence.tokenAt(q.start()) - 1;
        if (i >= 0 && "DET".equals(tokens.get(i).upos())) {
            i--;
        }
        if (i < 1 || !"of".equalsIgnoreCase(tokens.get(i).text())) {
            return false;
        }
        Token noun = tokens.get(i - 1);
        return "NOUN".equals(noun.upos()) && definition.verbs().contains(noun.lemma());
    }

    /** Whether the number counts one of these lemmas, as head or as a coordinated noun; no list built per claim. */
    static boolean countsAny(Set<String> heads, QuantityMention q) {
        if (q.head() != null && heads.contains(q.head())) {
            return true;
        }
        for (int i = 0; i < q.alsoCounts().size(); i++) {
            if (heads.contains(q.alsoCounts().get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean find(ClaimDefinition definition, Sentence sentence) {
        try {
            String text = sentence.text();
            return DeepStack.run(text.length(),
                    () -> definition.pattern().matcher(new BoundedText(text, PATTERN_BUDGET)).find());
        } catch (BoundedText.BudgetExceeded e) {
            throw new RuleException(definition.location(), "pattern '" + definition.pattern().pattern()
                    + "' of claim '" + definition.id() + "' backtracks without end on the sentence \""
                    + abbreviate(sentence.text()) + "\"; simplify it (avoid nested repetition like (a+)+)");
        } catch (StackOverflowError e) {
            // DeepStack gives a pattern room for any sentence; one that recurses several times per character
            // can still exhaust it. The stack unwinds to here, so the run can say which pattern it was.
            throw new RuleException(definition.location(), "pattern '" + definition.pattern().pattern()
                    + "' of claim '" + definition.id() + "' recurses too deeply on the sentence \""
                    + abbreviate(sentence.text()) + "\" (" + sentence.text().length() + " characters); simplify"
                    + " it (a repeated group of alternatives like (.|\\s)* recurses once per character: write"
                    + " [\\s\\S]* instead)");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static boolean anyIn(Set<String> wanted, Iterable<String> present) {
        if (present instanceof Set<String> words && words.size() > wanted.size()) {
            for (String word : wanted) { // the same answer, walking the smaller set: a sentence has many words
                if (words.contains(word)) {
                    return true;
                }
            }
            return false;
        }
        for (String word : present) {
            if (wanted.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> lemmas(Sentence sentence) {
        Set<String> lemmas = new HashSet<>();
        for (Token token : sentence.tokens()) {
            lemmas.add(token.lemma());
            lemmas.add(token.word().lowerCase());
        }
        return lemmas;
    }

    private static String qualifier(ClaimDefinition definition, Article article, Mention mention, Sentence sentence,
                                    Dates dates) {
        if (definition.qualifiers().isEmpty()) {
            return definition.event() ? EventKey.of((DateMention) mention) : "";
        }
        List<String> parts = new ArrayList<>();
        if (definition.event()) {
            parts.add(EventKey.of((DateMention) mention));
        }
        for (String qualifier : definition.qualifiers()) {
            String value = value(qualifier, article, mention, sentence, dates);
            parts.add(qualifier + "=" + (value != null ? value : qualifier.startsWith("published") ? "unknown" : "none"));
        }
        return String.join(", ", parts);
    }

    /** The values of a definition's align-by qualifiers (null where the sentence does not say). */
    private static Map<String, String> alignBy(ClaimDefinition definition, Article article, Mention mention,
                                              Sentence sentence, Dates dates) {
        if (definition.alignBy().isEmpty()) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String qualifier : definition.alignBy()) {
            values.put(qualifier, value(qualifier, article, mention, sentence, dates));
        }
        return values;
    }

    private static String value(String qualifier, Article article, Mention mention, Sentence sentence, Dates dates) {
        return switch (qualifier) {
            case "time-anchor" -> dates.anchors().of(mention);
            case "subject" -> subject(mention, sentence);
            case "published" -> article.published() == null ? null : article.published().toString();
            case "published-year" -> article.published() == null ? null : String.valueOf(article.published().getYear());
            case "head", "verb" -> Figures.qualifier(qualifier, mention);
            case "holder" -> Figures.holder(mention, dates.people(mention.sentence()), dates.people(), sentence.text());
            case "person" -> Figures.person(mention, dates.people(mention.sentence()), dates.people(), sentence.text());
            case "event" -> dates.events().of(mention, sentence);
            default -> throw new IllegalStateException("qualifier " + qualifier);
        };
    }

    /** The nearest noun before the governing verb: "Israel" in "Israel released 240 prisoners". */
    private static String subject(Mention mention, Sentence sentence) {
        if (!(mention instanceof QuantityMention q) || q.verb() == null) {
            return null;
        }
        int verbIndex = -1;
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < mention.start(); i++) {
            if (tokens.get(i).isVerb() && q.verb().equals(tokens.get(i).lemma())) {
                verbIndex = i;
            }
        }
        for (int i = verbIndex - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            if (token.isNoun()) {
                return token.lemma();
            }
            if ("PUNCT".equals(token.upos()) && !"’s".equals(token.text())) {
                break;
            }
        }
        return null;
    }
}
